// SPDX-License-Identifier: GPL-3.0-or-later
// Every .ts file is complete and clean, every translation compiles to a .qm that loads, and the
// translations the programs install give real English plurals.
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using registrar::core::Translations;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyTsFileIsComplete_data();
    void everyTsFileIsComplete();
    void englishPluralsAreInstalled();
    void anUnknownLanguageFallsBackToEnglish();
    void languagesAndLocales();

private:
    static QStringList tsFiles()
    {
        return QDir(QStringLiteral(REGISTRAR_TRANSLATIONS_DIR))
                .entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name);
    }
};

void TestTranslations::everyTsFileIsComplete_data()
{
    QTest::addColumn<QString>("name");
    const QStringList files = tsFiles();
    QVERIFY(!files.isEmpty());
    for (const QString &name : files) {
        QTest::newRow(qPrintable(name)) << name;
    }
}

void TestTranslations::everyTsFileIsComplete()
{
    QFETCH(QString, name);
    QFile file(QDir(QStringLiteral(REGISTRAR_TRANSLATIONS_DIR)).filePath(name));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString source;
    QStringList problems;
    int messages = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        if (xml.name() == QLatin1String("message")) {
            ++messages;
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (!type.isEmpty()) { // unfinished, obsolete or vanished
                problems.append(type + QLatin1String(": ") + source);
            }
        } else if (xml.name() == QLatin1String("numerusform")) {
            if (xml.readElementText().isEmpty()) {
                problems.append(QLatin1String("empty plural form: ") + source);
            }
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 0);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    QTranslator translator;
    const QString compiled =
            QDir(QStringLiteral(REGISTRAR_QM_DIR))
                    .filePath(QFileInfo(name).completeBaseName() + QLatin1String(".qm"));
    QVERIFY2(translator.load(compiled), qPrintable(compiled));
    QVERIFY(!translator.isEmpty());
}

void TestTranslations::englishPluralsAreInstalled()
{
    QCOMPARE(Translations::install(QCoreApplication::instance(), QLocale(QLocale::English)), 1);
    const auto create = [](int count) {
        return QCoreApplication::translate(
                "registrar::widgets::BatchWindow", "&Create %n account(s)", nullptr, count);
    };
    QCOMPARE(create(1), QStringLiteral("&Create 1 account"));
    QCOMPARE(create(19), QStringLiteral("&Create 19 accounts"));
    QCOMPARE(QCoreApplication::translate("registrar::cli::BatchCommand",
                     "%n row(s): %1 valid (%2 admins), %3 invalid.", nullptr, 1),
            QStringLiteral("1 row: %1 valid (%2 admins), %3 invalid."));
}

void TestTranslations::anUnknownLanguageFallsBackToEnglish()
{
    // We ship no catalogue for Tswana: the English plural forms still apply.
    QVERIFY(Translations::install(QCoreApplication::instance(), QLocale(QLocale::Tswana)) >= 1);
    QCOMPARE(QCoreApplication::translate(
                     "registrar::widgets::BatchWindow", "&Create %n account(s)", nullptr, 2),
            QStringLiteral("&Create 2 accounts"));
}

void TestTranslations::languagesAndLocales()
{
    QVERIFY(Translations::availableLanguages().contains(QStringLiteral("en")));
    QCOMPARE(Translations::availableLanguages().size(), tsFiles().size());
    QCOMPARE(Translations::localeFor(QStringLiteral("de")).language(), QLocale::German);
    QCOMPARE(Translations::localeFor(QString()), QLocale::system());
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
