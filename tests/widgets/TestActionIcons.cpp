// SPDX-License-Identifier: GPL-3.0-or-later
// The buttons that act carry the desktop theme's icons, and bundled ones on a bare system.
#include "ActionIcons.h"
#include "ClipboardGuard.h"
#include "CredentialsPanel.h"
#include "HttpTransport.h"
#include "MainWindow.h"
#include "ProfileDialog.h"
#include "TokenSession.h"
#include "WidgetFixture.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QIcon>
#include <QImage>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <functional>

using registrar::net::HttpTransport;
using registrar::net::TokenSession;
using registrar::widgets::ActionIcons;
using registrar::widgets::ClipboardGuard;
using registrar::widgets::CredentialsPanel;
using registrar::widgets::MainWindow;
using registrar::widgets::ProfileDialog;

namespace {

//! An icon that draws, at 100 % and at 200 %.
bool isDrawable(const QIcon &icon)
{
    if (icon.isNull() || icon.availableSizes().isEmpty()) {
        return false;
    }
    return !icon.pixmap(QSize(16, 16), 1.0).isNull() && !icon.pixmap(QSize(16, 16), 2.0).isNull()
            && icon.pixmap(QSize(16, 16), 2.0).deviceIndependentSize() == QSizeF(16, 16);
}

QImage imageOf(const QIcon &icon)
{
    return icon.pixmap(QSize(16, 16), 1.0).toImage().convertToFormat(QImage::Format_ARGB32);
}

struct NamedIcon
{
    const char *name;
    std::function<QIcon()> icon;
};

const NamedIcon kIcons[] = {
        {"copy", ActionIcons::copy},
        {"reveal", ActionIcons::reveal},
        {"conceal", ActionIcons::conceal},
        {"generate", ActionIcons::generate},
        {"verify", ActionIcons::verify},
        {"logOut", ActionIcons::logOut},
        {"registerAccount", ActionIcons::registerAccount},
        {"cancel", ActionIcons::cancel},
        {"open", ActionIcons::open},
        {"checkServer", ActionIcons::checkServer},
};

} // namespace

class TestActionIcons : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void bareSystemGetsTheBundledIcons();
    void theThemesIconComesFirst();
    void formButtonsCarryIconsAndKeepTheirWords();
    void profileDialogButtonsCarryIcons();
    void credentialsCardButtonsCarryIcons();

private:
    //! A theme in m_themes named "registrar-test" with a red 16 px icon for each of \a names.
    void writeTheme(const QStringList &names);
    void useBareSystem();

    QString m_themeName;
    QStringList m_themePaths;
    QStringList m_fallbackPaths;
    QString m_fallbackTheme;
    std::unique_ptr<QTemporaryDir> m_themes;
};

void TestActionIcons::init()
{
    m_themeName = QIcon::themeName();
    m_themePaths = QIcon::themeSearchPaths();
    m_fallbackPaths = QIcon::fallbackSearchPaths();
    m_fallbackTheme = QIcon::fallbackThemeName();
    m_themes = std::make_unique<QTemporaryDir>();
    QVERIFY(m_themes->isValid());
}

void TestActionIcons::cleanup()
{
    QIcon::setThemeSearchPaths(m_themePaths);
    QIcon::setFallbackSearchPaths(m_fallbackPaths);
    QIcon::setFallbackThemeName(m_fallbackTheme);
    QIcon::setThemeName(m_themeName);
    m_themes.reset();
}

void TestActionIcons::writeTheme(const QStringList &names)
{
    const QString theme = m_themes->filePath(QStringLiteral("registrar-test"));
    QVERIFY(QDir().mkpath(theme + QStringLiteral("/16x16/actions")));
    QFile index(theme + QStringLiteral("/index.theme"));
    QVERIFY(index.open(QIODevice::WriteOnly));
    index.write("[Icon Theme]\nName=Registrar test\nDirectories=16x16/actions\n\n"
                "[16x16/actions]\nSize=16\nType=Fixed\n");
    index.close();
    QImage red(16, 16, QImage::Format_ARGB32);
    red.fill(Qt::red);
    for (const QString &name : names) {
        QVERIFY(red.save(theme + QStringLiteral("/16x16/actions/%1.png").arg(name)));
    }
    QIcon::setFallbackSearchPaths({});
    QIcon::setFallbackThemeName(QStringLiteral("registrar-no-such-theme"));
    QIcon::setThemeSearchPaths({m_themes->path()});
    QIcon::setThemeName(QStringLiteral("registrar-test"));
}

void TestActionIcons::useBareSystem()
{
    // A theme that does not exist, nowhere to look for one, and no loose pixmaps either.
    QIcon::setFallbackSearchPaths({});
    QIcon::setFallbackThemeName(QStringLiteral("registrar-no-such-theme"));
    QIcon::setThemeSearchPaths({m_themes->path()});
    QIcon::setThemeName(QStringLiteral("registrar-no-such-theme"));
    QVERIFY(!QIcon::hasThemeIcon(QStringLiteral("edit-copy")));
}

void TestActionIcons::bareSystemGetsTheBundledIcons()
{
    useBareSystem();
    for (const NamedIcon &named : kIcons) {
        const QIcon icon = named.icon();
        QVERIFY2(isDrawable(icon), named.name);
        QVERIFY2(icon.availableSizes().contains(QSize(16, 16)), named.name);
        QVERIFY2(icon.availableSizes().contains(QSize(32, 32)), named.name);
    }
    // Show and hide are told apart.
    QVERIFY(imageOf(ActionIcons::reveal()) != imageOf(ActionIcons::conceal()));
}

void TestActionIcons::theThemesIconComesFirst()
{
    // Breeze's copy, Adwaita's show: the second name counts where the first is missing.
    writeTheme({QStringLiteral("edit-copy"), QStringLiteral("view-reveal-symbolic"),
            QStringLiteral("view-hidden"), QStringLiteral("system-log-out")});
    QCOMPARE(ActionIcons::copy().name(), QStringLiteral("edit-copy"));
    QCOMPARE(ActionIcons::reveal().name(), QStringLiteral("view-reveal-symbolic"));
    QCOMPARE(ActionIcons::conceal().name(), QStringLiteral("view-hidden"));
    QCOMPARE(ActionIcons::logOut().name(), QStringLiteral("system-log-out"));
    QCOMPARE(imageOf(ActionIcons::copy()).pixelColor(8, 8), QColor(Qt::red));
    // What the theme lacks comes from the bundle, not as nothing.
    QVERIFY(ActionIcons::verify().name().isEmpty());
    QVERIFY(isDrawable(ActionIcons::verify()));
    QVERIFY(imageOf(ActionIcons::verify()).pixelColor(8, 8) != QColor(Qt::red));
}

void TestActionIcons::formButtonsCarryIconsAndKeepTheirWords()
{
    useBareSystem();
    WidgetFixture env("action-icons-secret-0123456789", QStringLiteral("icons.test"));
    {
        MainWindow window(&env.manager, env.profiles.get(), &env.secrets,
                env.dir.filePath(QStringLiteral("history.json")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *reveal = child<QToolButton>(&window, "revealButton");
        auto *generate = child<QToolButton>(&window, "generateButton");
        for (QToolButton *button : {reveal, generate}) {
            QVERIFY2(isDrawable(button->icon()), qPrintable(button->objectName()));
            QCOMPARE(button->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
            QVERIFY(!button->text().isEmpty());
            // The words are not squeezed out by the icon.
            QVERIFY2(button->width() >= button->sizeHint().width(),
                    qPrintable(button->objectName()));
        }
        for (const char *name : {"registerButton", "cancelButton"}) {
            QVERIFY2(isDrawable(child<QPushButton>(&window, name)->icon()), name);
        }
        QCOMPARE(imageOf(reveal->icon()), imageOf(ActionIcons::reveal()));
        QTest::mouseClick(reveal, Qt::LeftButton);
        QCOMPARE(reveal->text(), QStringLiteral("Hide"));
        QCOMPARE(imageOf(reveal->icon()), imageOf(ActionIcons::conceal()));
        QTest::mouseClick(reveal, Qt::LeftButton);
        QCOMPARE(imageOf(reveal->icon()), imageOf(ActionIcons::reveal()));
    }

    // With a theme, the theme's own.
    writeTheme({QStringLiteral("view-visible"), QStringLiteral("view-hidden"),
            QStringLiteral("password-generate"), QStringLiteral("contact-new"),
            QStringLiteral("process-stop")});
    MainWindow themed(&env.manager, env.profiles.get(), &env.secrets,
            env.dir.filePath(QStringLiteral("history.json")));
    auto *reveal = child<QToolButton>(&themed, "revealButton");
    QCOMPARE(reveal->icon().name(), QStringLiteral("view-visible"));
    QCOMPARE(child<QToolButton>(&themed, "generateButton")->icon().name(),
            QStringLiteral("password-generate"));
    QCOMPARE(child<QPushButton>(&themed, "registerButton")->icon().name(),
            QStringLiteral("contact-new"));
    QCOMPARE(child<QPushButton>(&themed, "cancelButton")->icon().name(),
            QStringLiteral("process-stop"));
    reveal->click();
    QCOMPARE(reveal->icon().name(), QStringLiteral("view-hidden"));
}

void TestActionIcons::profileDialogButtonsCarryIcons()
{
    useBareSystem();
    WidgetFixture env("action-icons-secret-0123456789", QStringLiteral("icons.test"));
    ProfileDialog dialog(env.profiles.get(), &env.secrets, &env.manager, std::nullopt);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    for (const char *name :
            {"checkButton", "importButton", "browseCaFileButton", "showSecretButton"}) {
        QVERIFY2(isDrawable(child<QPushButton>(&dialog, name)->icon()), name);
    }
    auto *show = child<QPushButton>(&dialog, "showSecretButton");
    QCOMPARE(imageOf(show->icon()), imageOf(ActionIcons::reveal()));
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(show->text(), QStringLiteral("Hide"));
    QCOMPARE(imageOf(show->icon()), imageOf(ActionIcons::conceal()));
}

void TestActionIcons::credentialsCardButtonsCarryIcons()
{
    useBareSystem();
    registrar::core::RegistrationResult result;
    result.userId = QStringLiteral("@card:icons.test");
    result.homeServer = QStringLiteral("icons.test");
    result.accessToken = QStringLiteral("syt_token");
    result.deviceId = QStringLiteral("DEVICE");
    ClipboardGuard clipboard(QGuiApplication::clipboard());
    QNetworkAccessManager manager;
    HttpTransport transport(&manager, {});
    CredentialsPanel card(result, QStringLiteral("generated-password"), QStringLiteral("cmd"),
            std::make_unique<TokenSession>(&transport, QUrl(QStringLiteral("http://127.0.0.1:1")),
                    registrar::core::SecretBytes::fromUtf8(result.accessToken)),
            &clipboard);
    card.show();
    QVERIFY(QTest::qWaitForWindowExposed(&card));
    for (const char *name : {"userIdCopyButton", "accessTokenCopyButton", "deviceIdCopyButton",
                 "homeServerCopyButton", "passwordCopyButton", "copyAllButton"}) {
        auto *button = child<QToolButton>(&card, name);
        QVERIFY2(isDrawable(button->icon()), name);
        QCOMPARE(imageOf(button->icon()), imageOf(ActionIcons::copy()));
        QCOMPARE(button->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
    }
    for (const char *name : {"copyCommandButton", "verifyButton", "logoutButton"}) {
        QVERIFY2(isDrawable(child<QPushButton>(&card, name)->icon()), name);
    }
    QCOMPARE(imageOf(child<QPushButton>(&card, "logoutButton")->icon()),
            imageOf(ActionIcons::logOut()));
    auto *reveal = child<QToolButton>(&card, "accessTokenRevealButton");
    QCOMPARE(imageOf(reveal->icon()), imageOf(ActionIcons::reveal()));
    QTest::mouseClick(reveal, Qt::LeftButton);
    QCOMPARE(reveal->text(), QStringLiteral("Hide"));
    QCOMPARE(imageOf(reveal->icon()), imageOf(ActionIcons::conceal()));
}

QTEST_MAIN(TestActionIcons)
#include "TestActionIcons.moc"
