// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's layout at its default and its minimum size, in English and in German: nothing
// squashed or cut, and nothing the user is about to click moves while the form reports on input.
#include "MainWindow.h"
#include "Translations.h"
#include "WidgetFixture.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QTabWidget>
#include <QTest>
#include <QTextDocumentFragment>
#include <QToolButton>

#include <memory>

using registrar::widgets::MainWindow;

namespace {

const char *const kSplitterKey = "mainWindow/splitterState";

//! How many average characters of its font \a edit shows in Normal echo mode.
int textWidth(const QLineEdit *edit)
{
    QStyleOptionFrame option;
    option.initFrom(edit);
    option.rect = edit->rect();
    option.lineWidth = edit->hasFrame()
            ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit)
            : 0;
    const QRect contents =
            edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit);
    const QMargins margins = edit->textMargins();
    // QLineEdit keeps a horizontal margin of 2 pixels on each side of the text.
    return contents.width() - margins.left() - margins.right() - 2 * 2;
}

QString describe(const QWidget *widget)
{
    return QStringLiteral("%1 %2 (%3x%4)")
            .arg(QLatin1String(widget->metaObject()->className()), widget->objectName())
            .arg(widget->width())
            .arg(widget->height());
}

} // namespace

class TestMainWindowLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void nothingIsSquashedAtTheMinimumSize_data();
    void nothingIsSquashedAtTheMinimumSize();
    void aSplitterBetweenFormAndResultsIsRemembered();
    void passwordAndConfirmShowTwentyCharacters_data();
    void passwordAndConfirmShowTwentyCharacters();
    void feedbackDoesNotMoveTheFields();
    void longFeedbackCanBeReadWhole();
    void previewIsReadableWhole_data();
    void previewIsReadableWhole();
    void theDefaultSizeShowsRegisterBesideAnError_data();
    void theDefaultSizeShowsRegisterBesideAnError();

private:
    template <typename T>
    T *find(const char *name) const
    {
        // The form comes first: the credentials pane has fields of the same names.
        QWidget *form = m_window->findChild<QWidget *>(QStringLiteral("formPanel"));
        T *widget = form ? form->findChild<T *>(QLatin1String(name)) : nullptr;
        if (!widget) {
            widget = m_window->findChild<T *>(QLatin1String(name));
        }
        if (!widget) {
            qFatal("no widget %s", name);
        }
        return widget;
    }

    void newWindow();
    void useLanguage(const QString &language);
    void type(const char *name, const QString &text);
    void registerOneAccount();
    void shrinkToTheMinimum();
    //! Checks that the message \a name fits its room and that its tooltip holds \a parts.
    void checkMessageIsReadable(const char *name, const QStringList &parts);
    //! Where the widgets the user is about to reach are, in window coordinates.
    QList<QRect> placesOfTheFields() const;

    std::unique_ptr<WidgetFixture> m_env;
    std::unique_ptr<QObject> m_translations;
    MainWindow *m_window = nullptr;
};

void TestMainWindowLayout::theDefaultSizeShowsRegisterBesideAnError_data()
{
    QTest::addColumn<bool>("saved");
    QTest::newRow("saved profile") << true;
    QTest::newRow("server not saved") << false;
}

void TestMainWindowLayout::theDefaultSizeShowsRegisterBesideAnError()
{
    QFETCH(bool, saved);
    if (saved) {
        const registrar::store::Profile profile = m_env->addProfile(QStringLiteral("Layout"), true);
        m_window->selectProfile(profile.id);
        type("usernameEdit", QStringLiteral("alice"));
        QTest::mouseClick(find<QToolButton>("generateButton"), Qt::LeftButton);
        QTest::mouseClick(find<QPushButton>("registerButton"), Qt::LeftButton);
        QTRY_VERIFY(m_env->server.account(QStringLiteral("alice")).has_value());
        QTRY_VERIFY(!find<QPushButton>("cancelButton")->isVisible());
    } else {
        registerOneAccount();
    }
    // The same name again: a four-line error above the form.
    type("usernameEdit", QStringLiteral("alice"));
    QTest::mouseClick(find<QToolButton>("generateButton"), Qt::LeftButton);
    QTest::mouseClick(find<QPushButton>("registerButton"), Qt::LeftButton);
    QTRY_VERIFY(find<QWidget>("errorFrame")->isVisible());
    QTRY_VERIFY(!find<QPushButton>("cancelButton")->isVisible());
    QApplication::processEvents();
    auto *scroll = find<QScrollArea>("formScroll");
    for (const char *name : {"registerButton", "usernameEdit", "errorLabel"}) {
        auto *widget = find<QWidget>(name);
        const QRect place(widget->mapTo(scroll->viewport(), QPoint(0, 0)), widget->size());
        QVERIFY2(scroll->viewport()->rect().contains(place),
                qPrintable(QStringLiteral("%1 at %2,%3 %4x%5 outside the %6 px high form")
                                   .arg(QLatin1String(name))
                                   .arg(place.x())
                                   .arg(place.y())
                                   .arg(place.width())
                                   .arg(place.height())
                                   .arg(scroll->viewport()->height())));
    }
}

void TestMainWindowLayout::initTestCase()
{
    // The splitter's state goes to the default QSettings: keep it out of the real user's.
    QStandardPaths::setTestModeEnabled(true);
    QSettings().remove(registrar::core::Translations::settingsKey());
}

void TestMainWindowLayout::init()
{
    QSettings().remove(QLatin1String(kSplitterKey));
    m_env = std::make_unique<WidgetFixture>("layout-secret", QStringLiteral("layout.test"));
    newWindow();
}

void TestMainWindowLayout::cleanup()
{
    delete m_window;
    m_window = nullptr;
    m_translations.reset();
    m_env.reset();
}

void TestMainWindowLayout::newWindow()
{
    delete m_window;
    m_window = new MainWindow(&m_env->manager, m_env->profiles.get(), &m_env->secrets,
            m_env->dir.filePath(QStringLiteral("history.json")));
    // As in the demo: a banner that wraps.
    m_window->showBanner(QStringLiteral("Local demo server at http://127.0.0.1:45678: not a real "
                                        "Synapse. Accounts live in memory and vanish when the app "
                                        "quits."));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestMainWindowLayout::useLanguage(const QString &language)
{
    if (language.isEmpty()) {
        return;
    }
    m_translations = std::make_unique<QObject>();
    QVERIFY(registrar::core::Translations::install(m_translations.get(), QLocale(language)) > 1);
    newWindow(); // its texts are set when it is built
}

void TestMainWindowLayout::type(const char *name, const QString &text)
{
    auto *edit = find<QLineEdit>(name);
    edit->setFocus();
    QTest::keySequence(edit, QKeySequence::SelectAll);
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text); // ASCII only
}

void TestMainWindowLayout::registerOneAccount()
{
    type("urlEdit", m_env->server.baseUrl().toString());
    type("secretEdit", QStringLiteral("layout-secret"));
    type("usernameEdit", QStringLiteral("alice"));
    QTest::mouseClick(find<QToolButton>("generateButton"), Qt::LeftButton);
    auto *button = find<QPushButton>("registerButton");
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(m_env->server.account(QStringLiteral("alice")).has_value());
    QTRY_VERIFY(!find<QPushButton>("cancelButton")->isVisible());
}

void TestMainWindowLayout::shrinkToTheMinimum()
{
    // What a window manager does when asked for less: it stops at the window's minimum.
    m_window->resize(1, 1);
    QApplication::processEvents();
    QCOMPARE(m_window->size(), m_window->minimumSize().expandedTo(m_window->minimumSizeHint()));
    QApplication::processEvents();
}

QList<QRect> TestMainWindowLayout::placesOfTheFields() const
{
    QList<QRect> places;
    for (const char *name : {"displayNameEdit", "passwordEdit", "confirmEdit", "userTypeCombo",
                 "adminCheck", "signInCheck", "registerButton"}) {
        auto *widget = find<QWidget>(name);
        places.append(QRect(widget->mapTo(m_window, QPoint(0, 0)), widget->size()));
    }
    return places;
}

void TestMainWindowLayout::nothingIsSquashedAtTheMinimumSize_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QString();
    QTest::newRow("German") << QStringLiteral("de");
}

void TestMainWindowLayout::nothingIsSquashedAtTheMinimumSize()
{
    QFETCH(QString, language);
    useLanguage(language);
    registerOneAccount();
    shrinkToTheMinimum();

    const int oneLine = m_window->fontMetrics().lineSpacing();
    const int fifteenCharacters = 15 * m_window->fontMetrics().averageCharWidth();
    auto *form = find<QWidget>("formPanel");
    int checked = 0;
    for (QWidget *widget : form->findChildren<QWidget *>()) {
        // Parts of other widgets (a spin box's own line edit) are checked as their whole.
        if (!widget->isVisibleTo(m_window) || widget->isWindow()
                || widget->objectName().startsWith(QLatin1String("qt_"))) {
            continue;
        }
        const bool field = qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget)
                || qobject_cast<QAbstractButton *>(widget);
        auto *label = qobject_cast<QLabel *>(widget);
        if (!field && !label) {
            continue;
        }
        ++checked;
        QVERIFY2(widget->height() >= qMin(widget->minimumSizeHint().height(), oneLine),
                qPrintable(describe(widget)));
        if (field) {
            QVERIFY2(widget->height() >= widget->minimumSizeHint().height(),
                    qPrintable(describe(widget)));
            QVERIFY2(widget->width() >= widget->minimumSizeHint().width(),
                    qPrintable(describe(widget)));
        }
        if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
            QVERIFY2(textWidth(edit) >= fifteenCharacters, qPrintable(describe(widget)));
        }
        if (label && !label->text().isEmpty()) {
            if (label->wordWrap()) {
                // Every wrapped line fits, unless the label keeps a fixed space and has the
                // whole text in its tooltip.
                const bool whole = label->height() >= label->heightForWidth(label->width());
                QVERIFY2(whole || !label->toolTip().isEmpty(), qPrintable(describe(widget)));
            } else {
                QVERIFY2(label->width() >= label->minimumSizeHint().width(),
                        qPrintable(describe(widget)));
            }
        }
        // Nothing of the form is cut at the side: it scrolls up and down only.
        const QPoint left = widget->mapTo(m_window, QPoint(0, 0));
        QVERIFY2(left.x() >= 0 && left.x() + widget->width() <= m_window->width(),
                qPrintable(describe(widget)));
    }
    QVERIFY(checked > 20);

    // The credentials side, whatever its fields are: none shrinks to a few characters.
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("resultTabs"));
    QVERIFY(tabs);
    int edits = 0;
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QApplication::processEvents();
        for (QLineEdit *edit : tabs->widget(tab)->findChildren<QLineEdit *>()) {
            if (edit->isVisibleTo(m_window)) {
                ++edits;
                QVERIFY2(textWidth(edit) >= fifteenCharacters, qPrintable(describe(edit)));
                QVERIFY2(edit->height() >= edit->minimumSizeHint().height(),
                        qPrintable(describe(edit)));
            }
        }
    }
    QVERIFY(edits > 0);
}

void TestMainWindowLayout::aSplitterBetweenFormAndResultsIsRemembered()
{
    auto *splitter = m_window->findChild<QSplitter *>();
    QVERIFY(splitter);
    QCOMPARE(splitter->count(), 2);
    QVERIFY(splitter->widget(0)->isAncestorOf(find<QWidget>("formPanel")));
    QCOMPARE(splitter->widget(1), find<QWidget>("resultTabs"));
    QVERIFY(!splitter->childrenCollapsible());
    // A wider window gives the room to the results, where tokens and History need it.
    m_window->resize(1200, 700);
    QApplication::processEvents();
    const int formWidth = splitter->sizes().at(0);
    m_window->resize(1500, 700);
    QApplication::processEvents();
    QCOMPARE(splitter->sizes().at(0), formWidth);

    QList<int> sizes = splitter->sizes();
    sizes[0] += 120;
    sizes[1] -= 120;
    splitter->setSizes(sizes);
    QApplication::processEvents();
    sizes = splitter->sizes();
    QVERIFY(m_window->close());

    newWindow();
    m_window->resize(1500, 700);
    QApplication::processEvents();
    auto *restored = m_window->findChild<QSplitter *>();
    QVERIFY(restored);
    QCOMPARE(restored->sizes(), sizes);
}

void TestMainWindowLayout::passwordAndConfirmShowTwentyCharacters_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("minimum");
    QTest::newRow("English, default size") << QString() << false;
    QTest::newRow("English, minimum size") << QString() << true;
    QTest::newRow("German, minimum size") << QStringLiteral("de") << true;
}

void TestMainWindowLayout::passwordAndConfirmShowTwentyCharacters()
{
    QFETCH(QString, language);
    QFETCH(bool, minimum);
    useLanguage(language);
    if (minimum) {
        shrinkToTheMinimum();
    }
    auto *password = find<QLineEdit>("passwordEdit");
    auto *confirm = find<QLineEdit>("confirmEdit");
    QTest::mouseClick(find<QToolButton>("generateButton"), Qt::LeftButton);
    QTest::mouseClick(find<QToolButton>("revealButton"), Qt::LeftButton);
    QCOMPARE(password->echoMode(), QLineEdit::Normal);
    QCOMPARE(password->text().size(), 20);
    QCOMPARE(password->width(), confirm->width());
    QCOMPARE(password->mapTo(m_window, QPoint(0, 0)).x(),
            confirm->mapTo(m_window, QPoint(0, 0)).x());
    const QFontMetrics metrics = password->fontMetrics();
    for (QLineEdit *edit : {password, confirm}) {
        QVERIFY2(textWidth(edit) >= metrics.horizontalAdvance(edit->text()),
                qPrintable(describe(edit)));
        QVERIFY2(textWidth(edit) >= metrics.horizontalAdvance(QString(20, QLatin1Char('W'))),
                qPrintable(describe(edit)));
    }
}

void TestMainWindowLayout::feedbackDoesNotMoveTheFields()
{
    const QList<QRect> before = placesOfTheFields();
    type("usernameEdit", QStringLiteral("alice"));
    QVERIFY(!find<QLabel>("previewLabel")->text().isEmpty());
    QCOMPARE(placesOfTheFields(), before);
    type("usernameEdit", QStringLiteral("_Juergen+bridge"));
    QVERIFY(!find<QLabel>("usernameMessage")->text().isEmpty());
    QCOMPARE(placesOfTheFields(), before);
    type("passwordEdit", QStringLiteral("pass-word-1"));
    type("confirmEdit", QStringLiteral("pass-word-2"));
    QVERIFY(find<QLabel>("passwordMessage")->text().contains(QLatin1String("do not match")));
    QCOMPARE(placesOfTheFields(), before);
    type("passwordEdit", QString(80, QLatin1Char('p')));
    QCOMPARE(placesOfTheFields(), before);
    type("usernameEdit", QString());
    type("passwordEdit", QString());
    type("confirmEdit", QString());
    QCOMPARE(placesOfTheFields(), before);
}

void TestMainWindowLayout::longFeedbackCanBeReadWhole()
{
    shrinkToTheMinimum();
    // Three problems at once, pasted: the message comes while it was hidden.
    find<QLineEdit>("usernameEdit")->setText(QStringLiteral("_Bridge+bot"));
    QApplication::processEvents();
    checkMessageIsReadable("usernameMessage",
            {QStringLiteral("lower case"), QStringLiteral("allow_underscore_prefixed_localpart"),
                    QStringLiteral("1.89")});
    if (QTest::currentTestFailed()) {
        return;
    }
    type("passwordEdit", QString(80, QLatin1Char('p')));
    type("confirmEdit", QStringLiteral("x"));
    checkMessageIsReadable(
            "passwordMessage", {QStringLiteral("bcrypt"), QStringLiteral("do not match")});
}

void TestMainWindowLayout::checkMessageIsReadable(const char *name, const QStringList &parts)
{
    auto *message = find<QLabel>(name);
    const QString shown = QTextDocumentFragment::fromHtml(message->text()).toPlainText();
    // Not cut in the middle of a line: what is shown fits its room...
    QVERIFY2(message->heightForWidth(message->width()) <= message->maximumHeight(),
            qPrintable(shown));
    // ...fills it (the reserved lines are wider than 60 characters here)...
    QVERIFY2(shown.startsWith(message->toolTip().left(60)), qPrintable(shown));
    // ...says that there is more...
    QVERIFY2(shown == message->toolTip() || shown.endsWith(QStringLiteral("\u2026")),
            qPrintable(shown));
    // ...and the tooltip has it all.
    for (const QString &part : parts) {
        QVERIFY2(message->toolTip().contains(part), qPrintable(message->toolTip()));
    }
}

void TestMainWindowLayout::previewIsReadableWhole_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("minimum");
    QTest::newRow("English, default size") << QString() << false;
    QTest::newRow("English, minimum size") << QString() << true;
    QTest::newRow("German, default size") << QStringLiteral("de") << false;
    QTest::newRow("German, minimum size") << QStringLiteral("de") << true;
}

void TestMainWindowLayout::previewIsReadableWhole()
{
    QFETCH(QString, language);
    QFETCH(bool, minimum);
    useLanguage(language);
    if (minimum) {
        shrinkToTheMinimum();
    }
    type("usernameEdit", QStringLiteral("alice"));
    auto *preview = find<QLabel>("previewLabel");
    QVERIFY(preview->text().contains(QLatin1String("@alice:")));
    QVERIFY(preview->isVisibleTo(m_window));
    if (preview->wordWrap()) {
        QVERIFY2(preview->height() >= preview->heightForWidth(preview->width()),
                qPrintable(describe(preview)));
    } else {
        QVERIFY2(preview->width() >= preview->minimumSizeHint().width(),
                qPrintable(describe(preview)));
    }
    // What does not fit in the line is a tooltip away.
    if (language.isEmpty()) {
        QVERIFY((preview->text() + preview->toolTip())
                        .contains(QLatin1String("learned from the first registration")));
    } else {
        QVERIFY(!preview->toolTip().isEmpty());
    }
}

QTEST_MAIN(TestMainWindowLayout)
#include "TestMainWindowLayout.moc"
