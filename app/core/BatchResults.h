// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QHash>

namespace registrar::core {

/*!
 * The results of a batch, one record a row: username, user_id, status (created, failed,
 * invalid), error, and for created rows the password when it was generated, and access_token and
 * device_id when tokens were asked for. CSV or JSON (an array of such objects), by the file's
 * extension. Each record is written and flushed at once, so a crash keeps every generated
 * password of every account created; the file is created readable by its owner only. Opening an
 * existing file keeps its records, which is how a run resumes.
 */
class BatchResults
{
    Q_DECLARE_TR_FUNCTIONS(BatchResults)

public:
    struct Record
    {
        QString username;
        QString userId;
        QString status;
        QString error;
        QString password;
        QString accessToken;
        QString deviceId;
    };

    static const QStringList &fields();

    explicit BatchResults(const QString &path);
    ~BatchResults();

    bool open(QString *error);
    bool append(const Record &record, QString *error);
    //! Ends a JSON array; the file is valid JSON again. Called by the destructor too.
    void close();

    //! Status by username, as written in the batch file, of the records the file held when opened.
    const QHash<QString, QString> &earlierStatus() const { return m_earlier; }

private:
    bool readEarlier(QString *error);

    QString m_path;
    QFile m_file;
    bool m_json = false;
    bool m_firstJsonRecord = true;
    QList<Record> m_kept; //!< earlier records, while opening
    QHash<QString, QString> m_earlier;
};

} // namespace registrar::core
