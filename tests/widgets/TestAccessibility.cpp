// SPDX-License-Identifier: GPL-3.0-or-later
// Walks every widget of every window and dialog the app can show and fails on any that a screen
// reader could not name: inputs without a label buddy or accessible name, icon-only buttons without
// a name or tooltip, editable fields without a description.
#include "BatchWindow.h"
#include "CertificateDialog.h"
#include "MainWindow.h"
#include "ProfileDialog.h"
#include "ProfileManagerDialog.h"
#include "WidgetFixture.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>

#include <functional>
#include <memory>

using registrar::core::CertificateInfo;
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
    QTest::addColumn<WindowFactory>("open");
    QTest::newRow("main window") << WindowFactory([](TestAccessibility *test) -> QWidget * {
        return new MainWindow(&test->m_env->manager, test->m_env->profiles.get(),
                &test->m_env->secrets, test->m_env->dir.filePath(QStringLiteral("history.json")));
    });
    QTest::newRow("new profile") << WindowFactory([](TestAccessibility *test) -> QWidget * {
        return new ProfileDialog(test->m_env->profiles.get(), &test->m_env->secrets,
                &test->m_env->manager, std::nullopt);
    });
    QTest::newRow("edit profile") << WindowFactory([](TestAccessibility *test) -> QWidget * {
        return new ProfileDialog(test->m_env->profiles.get(), &test->m_env->secrets,
                &test->m_env->manager, test->addProfile());
    });
    QTest::newRow("profile manager") << WindowFactory([](TestAccessibility *test) -> QWidget * {
        test->addProfile();
        return new ProfileManagerDialog(
                test->m_env->profiles.get(), &test->m_env->secrets, &test->m_env->manager);
    });
    QTest::newRow("batch") << WindowFactory([](TestAccessibility *test) -> QWidget * {
        return new BatchWindow(test->m_env->profiles.get(), &test->m_env->secrets,
                &test->m_env->manager, test->addProfile().id);
    });
    QTest::newRow("certificate") << WindowFactory([](TestAccessibility *) -> QWidget * {
        CertificateInfo certificate;
        certificate.subject = QStringLiteral("CN=matrix.example.org");
        certificate.issuer = QStringLiteral("CN=matrix.example.org");
        certificate.notBefore = QDateTime::currentDateTimeUtc().addDays(-1);
        certificate.notAfter = QDateTime::currentDateTimeUtc().addDays(90);
        certificate.sha256 = QByteArray(32, '\x5a');
        certificate.errors = {QStringLiteral("The certificate is self-signed, and untrusted")};
        return new CertificateDialog(certificate, QStringLiteral("Example"));
    });
}

void TestAccessibility::everyWindowAndDialogIsNamed()
{
    QFETCH(WindowFactory, open);
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
}

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
