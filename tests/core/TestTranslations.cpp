// SPDX-License-Identifier: GPL-3.0-or-later
// Every .ts file is complete and clean, every translation compiles to a .qm that loads, and the
// translations the programs install give real English plurals.
#include "RegistrationError.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <memory>

using registrar::core::RegistrationError;
using registrar::core::Translations;

namespace {

//! One <message> of a .ts file.
struct TsMessage
{
    QString source;
    bool numerus = false;
    QString type; //!< "unfinished", "obsolete", "vanished", or empty when done
    QStringList translations; //!< the translation, or each plural form
};

QList<TsMessage> readTs(const QString &name, QString *error)
{
    QFile file(QDir(QStringLiteral(REGISTRAR_TRANSLATIONS_DIR)).filePath(name));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        if (xml.name() == QLatin1String("message")) {
            messages.append(TsMessage());
            messages.last().numerus =
                    xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (messages.isEmpty()) {
            continue;
        } else if (xml.name() == QLatin1String("source")) {
            messages.last().source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            messages.last().type = xml.attributes().value(QLatin1String("type")).toString();
            if (!messages.last().numerus) {
                messages.last().translations.append(xml.readElementText());
            }
        } else if (xml.name() == QLatin1String("numerusform")) {
            messages.last().translations.append(xml.readElementText());
        }
    }
    if (xml.hasError()) {
        *error = xml.errorString();
    }
    return messages;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyTsFileIsComplete_data();
    void everyTsFileIsComplete();
    void englishPluralsAreInstalled();
    void anUnknownLanguageFallsBackToEnglish();
    void languagesAndLocales();
    void translationsKeepPlaceholdersAndAccelerators_data();
    void translationsKeepPlaceholdersAndAccelerators();
    void sourcesHaveNoEscapeLupdateMisreads();
    void germanAndFrenchReachTheCore();

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
    QString error;
    const QList<TsMessage> messages = readTs(name, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());
    QStringList problems;
    for (const TsMessage &message : messages) {
        if (!message.type.isEmpty()) { // unfinished, obsolete or vanished
            problems.append(message.type + QLatin1String(": ") + message.source);
        }
        if (message.translations.isEmpty() || message.translations.contains(QString())) {
            problems.append(QLatin1String("empty translation: ") + message.source);
        }
    }
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
    QObject scope;
    QCOMPARE(Translations::install(&scope, QLocale(QLocale::English)), 1);
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
    QObject scope;
    QVERIFY(Translations::install(&scope, QLocale(QLocale::Tswana)) >= 1);
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

void TestTranslations::translationsKeepPlaceholdersAndAccelerators_data()
{
    everyTsFileIsComplete_data();
}

// A translation that drops %2 or an accelerator compiles and loads, but shows the wrong text.
void TestTranslations::translationsKeepPlaceholdersAndAccelerators()
{
    QFETCH(QString, name);
    static const QRegularExpression placeholder(QStringLiteral("%[1-9n]"));
    static const QRegularExpression accelerator(QStringLiteral("&(?=[^&\\s])"));
    const auto placeholders = [](const QString &text) {
        QStringList found;
        for (const auto &match : placeholder.globalMatch(text)) {
            found.append(match.captured());
        }
        found.removeDuplicates();
        found.sort();
        return found;
    };
    const auto accelerators = [](QString text) {
        return int(text.remove(QStringLiteral("&&")).count(accelerator));
    };
    QString error;
    const QList<TsMessage> messages = readTs(name, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList problems;
    for (const TsMessage &message : messages) {
        for (const QString &translation : message.translations) {
            if (placeholders(translation) != placeholders(message.source)) {
                problems.append(QStringLiteral("placeholders differ: ") + translation);
            }
            if (accelerators(translation) != accelerators(message.source)) {
                problems.append(QStringLiteral("accelerators differ: ") + translation);
            }
            if (message.numerus && !translation.contains(QLatin1String("%n"))) {
                problems.append(QStringLiteral("plural form without %n: ") + translation);
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

// lupdate reads "\u201cbot" as U+201CB cut to 16 bits, so its source text differs from the
// compiler's and the translation is never found. Escapes followed by a hex digit are refused.
void TestTranslations::sourcesHaveNoEscapeLupdateMisreads()
{
    static const QRegularExpression misread(QStringLiteral("\\\\u[0-9A-Fa-f]{5}"));
    QStringList found;
    QDirIterator sources(QStringLiteral(REGISTRAR_APP_SOURCE_DIR),
            {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
            QDirIterator::Subdirectories);
    int files = 0;
    while (sources.hasNext()) {
        QFile file(sources.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        ++files;
        const QString text = QString::fromUtf8(file.readAll());
        for (const auto &match : misread.globalMatch(text)) {
            found.append(file.fileName() + QLatin1String(": ") + match.captured());
        }
    }
    QVERIFY(files > 50);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TestTranslations::germanAndFrenchReachTheCore()
{
    const RegistrationError userType(RegistrationError::Code::UserTypeInvalid);
    const QString english = userType.message();
    QVERIFY(english.startsWith(QLatin1String("The server does not accept this user type.")));

    // English, German and the Qt catalogue for German.
    auto german = std::make_unique<QObject>();
    QCOMPARE(Translations::install(german.get(), QLocale(QLocale::German)), 3);
    QCOMPARE(userType.message(),
            QStringLiteral("Der Server akzeptiert diesen Benutzertyp nicht. Verwenden Sie einen "
                           "normalen Benutzer, \u201ebot\u201c oder \u201esupport\u201c, oder "
                           "tragen Sie den Typ in user_types.extra_user_types ein (Synapse 1.132 "
                           "oder neuer)."));
    QCOMPARE(QCoreApplication::translate(
                     "registrar::widgets::BatchWindow", "&Create %n account(s)", nullptr, 1),
            QStringLiteral("1 &Konto anlegen"));
    // Qt's own strings follow, so standard dialogs match.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));

    german.reset();
    QCOMPARE(userType.message(), english);
    QObject french;
    QCOMPARE(Translations::install(&french, QLocale(QLocale::French)), 3);
    QVERIFY(userType.message().startsWith(
            QStringLiteral("Le serveur n'accepte pas ce type d'utilisateur.")));
    QCOMPARE(QCoreApplication::translate(
                     "registrar::widgets::BatchWindow", "&Create %n account(s)", nullptr, 2),
            QStringLiteral("&Cr\u00e9er 2 comptes"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Annuler"));
    // Qt's French catalogue lacks this one; ours carries it.
    QCOMPARE(QCoreApplication::translate(
                     "QCommandLineParser", "Displays help on commandline options."),
            QStringLiteral("Affiche l'aide sur les options de la ligne de commande."));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
