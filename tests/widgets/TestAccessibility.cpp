// SPDX-License-Identifier: GPL-3.0-or-later
// Walks every widget of every window and dialog the app can show and fails on any that a screen
// reader could not name: inputs without a label buddy or accessible name, icon-only buttons without
// a name or tooltip, editable fields without a description, and two keyboard mnemonics (Alt+letter)
// that clash in one window, in every language the app ships.
#include "BatchWindow.h"
#include "CertificateDialog.h"
#include "MainWindow.h"
#include "ProfileDialog.h"
#include "ProfileManagerDialog.h"
#include "Translations.h"
#include "WidgetFixture.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>

#include <functional>
#include <memory>

using registrar::core::CertificateInfo;
using registrar::core::Translations;
using registrar::store::Profile;
using namespace registrar::widgets;

namespace {

bool isTextInput(const QWidget *widget)
{
    return qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QComboBox *>(widget)
            || qobject_cast<const QAbstractSpinBox *>(widget)
            || qobject_cast<const QPlainTextEdit *>(widget)
            || qobject_cast<const QTextEdit *>(widget)
            || qobject_cast<const QAbstractItemView *>(widget);
}

bool isEditable(const QWidget *widget)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(widget)) {
        return !line->isReadOnly();
    }
    if (const auto *plain = qobject_cast<const QPlainTextEdit *>(widget)) {
        return !plain->isReadOnly();
    }
    return qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget)
            || qobject_cast<const QCheckBox *>(widget);
}

//! Qt's own inner parts (a spin box's line edit, a scroll area's viewport, a tab bar's arrows).
bool isQtInternal(const QWidget *widget)
{
    return widget->objectName().isEmpty() || widget->objectName().startsWith(QLatin1String("qt_"))
            || qobject_cast<const QTabBar *>(widget->parentWidget());
}

//! A widget whose text may carry a "&" mnemonic, and that text.
struct MnemonicText
{
    QWidget *widget;
    QString text;
};

//! The texts in \a top whose "&" gives a keyboard mnemonic.
QList<MnemonicText> mnemonicTexts(QWidget *top)
{
    QList<MnemonicText> texts;
    for (QWidget *widget : top->findChildren<QWidget *>()) {
        if (const auto *button = qobject_cast<QAbstractButton *>(widget)) {
            texts.append({widget, button->text()});
        } else if (const auto *label = qobject_cast<QLabel *>(widget); label && label->buddy()) {
            texts.append({widget, label->text()});
        } else if (const auto *group = qobject_cast<QGroupBox *>(widget)) {
            texts.append({widget, group->title()});
        } else if (const auto *tabs = qobject_cast<QTabWidget *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                texts.append({widget, tabs->tabText(i)});
            }
        } else if (const auto *menuBar = qobject_cast<QMenuBar *>(widget)) {
            for (const QAction *action : menuBar->actions()) {
                texts.append({widget, action->text()});
            }
        }
    }
    return texts;
}

//! Whether \a a and \b b sit on different pages of one stack (or tab widget): never shown together.
bool onExclusivePages(const QWidget *a, const QWidget *b)
{
    for (const QWidget *page = a; page && page->parentWidget(); page = page->parentWidget()) {
        const auto *stack = qobject_cast<const QStackedWidget *>(page->parentWidget());
        if (!stack) {
            continue;
        }
        for (const QWidget *other = b; other && other->parentWidget();
                other = other->parentWidget()) {
            if (other->parentWidget() == stack) {
                return other != page;
            }
        }
    }
    return false;
}

//! Mnemonics that two widgets of \a top share: Alt+letter would reach only one of them at once.
QStringList mnemonicClashes(QWidget *top)
{
    QHash<QString, QList<MnemonicText>> owners;
    for (const MnemonicText &entry : mnemonicTexts(top)) {
        const QKeySequence mnemonic = QKeySequence::mnemonic(entry.text);
        if (!mnemonic.isEmpty()) {
            owners[mnemonic.toString()].append(entry);
        }
    }
    QStringList clashes;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        const QList<MnemonicText> &sharing = it.value();
        for (qsizetype i = 0; i < sharing.size(); ++i) {
            for (qsizetype j = i + 1; j < sharing.size(); ++j) {
                if (!onExclusivePages(sharing[i].widget, sharing[j].widget)) {
                    clashes.append(QStringLiteral("%1/%2: \u201c%3\u201d and \u201c%4\u201d")
                                           .arg(top->objectName(), it.key(), sharing[i].text,
                                                   sharing[j].text));
                }
            }
        }
    }
    clashes.sort();
    return clashes;
}

//! Every problem found in \a top and its children, each as "objectName: what is missing".
QStringList audit(QWidget *top)
{
    QSet<QWidget *> buddies;
    for (QLabel *label : top->findChildren<QLabel *>()) {
        if (label->buddy()) {
            buddies.insert(label->buddy());
        }
    }
    QStringList problems;
    const auto report = [&problems, top](const QWidget *widget, const char *what) {
        problems.append(QStringLiteral("%1/%2: %3")
                                .arg(top->objectName(), widget->objectName(), QLatin1String(what)));
    };
    for (QWidget *widget : top->findChildren<QWidget *>()) {
        if (isQtInternal(widget)) {
            continue;
        }
        const auto *button = qobject_cast<QAbstractButton *>(widget);
        const bool iconOnly = button && button->text().isEmpty();
        if (isTextInput(widget) && !buddies.contains(widget)
                && widget->accessibleName().isEmpty()) {
            report(widget, "no label buddy and no accessible name");
        }
        if (iconOnly && widget->accessibleName().isEmpty()) {
            report(widget, "icon-only button without an accessible name");
        }
        if (iconOnly && widget->toolTip().isEmpty()) {
            report(widget, "icon-only button without a tooltip");
        }
        if (isEditable(widget) && widget->accessibleDescription().isEmpty()
                && widget->toolTip().isEmpty()) {
            report(widget, "editable field without a description or tooltip");
        }
    }
    problems.append(mnemonicClashes(top));
    return problems;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyWindowAndDialogIsNamed_data();
    void everyWindowAndDialogIsNamed();
    void theAuditFindsAnUnnamedInput();

private:
    Profile addProfile() { return m_env->addProfile(QStringLiteral("Accessible"), false); }

    std::unique_ptr<WidgetFixture> m_env;
};

void TestAccessibility::init()
{
    m_env = std::make_unique<WidgetFixture>("a11y-secret", QStringLiteral("a11y.test"));
}

void TestAccessibility::cleanup()
{
    m_env.reset();
}

using WindowFactory = std::function<QWidget *(TestAccessibility *)>;
Q_DECLARE_METATYPE(WindowFactory)

void TestAccessibility::everyWindowAndDialogIsNamed_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<WindowFactory>("open");
    QList<std::pair<const char *, WindowFactory>> windows;
    windows.append({"main window", WindowFactory([](TestAccessibility *test) -> QWidget * {
                        return new MainWindow(&test->m_env->manager, test->m_env->profiles.get(),
                                &test->m_env->secrets,
                                test->m_env->dir.filePath(QStringLiteral("history.json")));
                    })});
    windows.append({"new profile", WindowFactory([](TestAccessibility *test) -> QWidget * {
                        return new ProfileDialog(test->m_env->profiles.get(), &test->m_env->secrets,
                                &test->m_env->manager, std::nullopt);
                    })});
    windows.append({"edit profile", WindowFactory([](TestAccessibility *test) -> QWidget * {
                        return new ProfileDialog(test->m_env->profiles.get(), &test->m_env->secrets,
                                &test->m_env->manager, test->addProfile());
                    })});
    windows.append({"profile manager", WindowFactory([](TestAccessibility *test) -> QWidget * {
                        test->addProfile();
                        return new ProfileManagerDialog(test->m_env->profiles.get(),
                                &test->m_env->secrets, &test->m_env->manager);
                    })});
    windows.append({"batch", WindowFactory([](TestAccessibility *test) -> QWidget * {
                        return new BatchWindow(test->m_env->profiles.get(), &test->m_env->secrets,
                                &test->m_env->manager, test->addProfile().id);
                    })});
    windows.append({"certificate", WindowFactory([](TestAccessibility *) -> QWidget * {
                        CertificateInfo certificate;
                        certificate.subject = QStringLiteral("CN=matrix.example.org");
                        certificate.issuer = QStringLiteral("CN=matrix.example.org");
                        certificate.notBefore = QDateTime::currentDateTimeUtc().addDays(-1);
                        certificate.notAfter = QDateTime::currentDateTimeUtc().addDays(90);
                        certificate.sha256 = QByteArray(32, '\x5a');
                        certificate.errors = {
                                QStringLiteral("The certificate is self-signed, and untrusted")};
                        return new CertificateDialog(certificate, QStringLiteral("Example"));
                    })});
    const QStringList languages = Translations::availableLanguages();
    QVERIFY(languages.size() >= 3);
    for (const QString &language : languages) {
        for (const auto &[name, open] : windows) {
            QTest::addRow("%s, %s", qPrintable(language), name) << language << open;
        }
    }
}

void TestAccessibility::everyWindowAndDialogIsNamed()
{
    QFETCH(QString, language);
    QFETCH(WindowFactory, open);
    QObject translations;
    QVERIFY(Translations::install(&translations, QLocale(language)) >= 1);
    std::unique_ptr<QWidget> window(open(this));
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    const QStringList problems = audit(window.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestAccessibility::theAuditFindsAnUnnamedInput()
{
    // The audit itself must be able to fail, or a pass above means nothing.
    QWidget window;
    window.setObjectName(QStringLiteral("probe"));
    auto *unnamed = new QLineEdit(&window);
    unnamed->setObjectName(QStringLiteral("unnamedEdit"));
    QCOMPARE(audit(&window).size(), 2); // no name, no description
    auto *label = new QLabel(QStringLiteral("&Name:"), &window);
    label->setObjectName(QStringLiteral("nameLabel"));
    label->setBuddy(unnamed);
    unnamed->setAccessibleDescription(QStringLiteral("The account's name"));
    QVERIFY(audit(&window).isEmpty());
    auto *button = new QPushButton(QStringLiteral("&New"), &window);
    button->setObjectName(QStringLiteral("newButton"));
    QCOMPARE(audit(&window).size(), 1); // Alt+N for the label and the button
    button->setText(QStringLiteral("Ne&w"));
    QVERIFY(audit(&window).isEmpty());
    // Pages of one stack are never shown together, so they may share a mnemonic.
    auto *stack = new QStackedWidget(&window);
    stack->setObjectName(QStringLiteral("pages"));
    for (const char *name : {"firstPage", "secondPage"}) {
        auto *page = new QPushButton(QStringLiteral("&Go"), stack);
        page->setObjectName(QLatin1String(name));
        page->setAccessibleName(QLatin1String(name));
        stack->addWidget(page);
    }
    QVERIFY2(audit(&window).isEmpty(), qPrintable(audit(&window).join(QLatin1Char('\n'))));
    auto *beside = new QPushButton(QStringLiteral("&Get"), &window);
    beside->setObjectName(QStringLiteral("getButton"));
    QCOMPARE(audit(&window).size(), 2); // Alt+G for each page and the button beside the stack
}

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
