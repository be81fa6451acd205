// Functional options in the desktop client against a real server: an administrator opens the
// options screen from the sections by keyboard and switches deals off with Space; the sections
// of that client and of a second one (another user, logged in meanwhile) lose deals at once,
// the deals list closes with a word in the status bar, a deal form with unsaved input stays
// open, marked; switched on again, all is back. An answer Disabled reads as "switched off" and
// makes the client read its metadata again. A clerk has no entry and the server refuses the
// change. An additional attribute added while the client runs appears in a partner form
// opened afterwards and in the open partners list. Screenshot options-admin.png.
#include "admin/optionsview.h"
#include "connection.h"
#include "core/clientsession.h"
#include "core/language.h"
#include "form/fieldeditor.h"
#include "form/objectform.h"
#include "guisession.h"
#include "guitest.h"
#include "list/listwidget.h"
#include "main/mainwindow.h"
#include "serverprocess.h"

#include <QCborArray>
#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace erp::app;
using erp::test::map;
using erp::test::saveScreenshot;
using erp::test::ServerProcess;

namespace {

const QString ClerkLogin = QStringLiteral("mclerk");
const QString ClerkPassword = QStringLiteral("Clerk-Password-1");

// Every kind and command the sections offer, as the window shows them now.
QStringList navigationEntries(MainWindow *window)
{
    QStringList entries;
    QTreeWidget *tree = window->navigation();
    for (int s = 0; s < tree->topLevelItemCount(); ++s)
        for (int i = 0; i < tree->topLevelItem(s)->childCount(); ++i) {
            const QTreeWidgetItem *item = tree->topLevelItem(s)->child(i);
            const QString kind = item->data(0, Qt::UserRole + 1).toString();
            entries.append(kind.isEmpty() ? item->data(0, Qt::UserRole + 2).toString() : kind);
        }
    return entries;
}

// Waits until the window shows what the server has now: the push makes it read the metadata
// again, and every call after the change's answer gets the changed model.
bool caughtUp(ClientSession *, const std::function<bool()> &shown)
{
    return QTest::qWaitFor(shown, 10000);
}

} // namespace

class TestOptionsClient : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;
    QDir m_shots;
    ServerProcess m_server;
    std::unique_ptr<erp::client::Connection> m_other; // the administrator, through the protocol
    ClientSession *m_session = nullptr;
    MainWindow *m_window = nullptr;
    ClientSession *m_clerkSession = nullptr;
    MainWindow *m_clerkWindow = nullptr;

    bool optionEnabled(const QString &name)
    {
        for (const QCborValue &o : m_other->call(QStringLiteral("options.list"), {}).result.toMap().value(QStringLiteral("options")).toArray())
            if (o.toMap().value(QStringLiteral("name")).toString() == name)
                return o.toMap().value(QStringLiteral("enabled")).toBool();
        return false;
    }

    ListWidget *openedList(MainWindow *window, const QString &kind)
    {
        if (ListWidget *list = window->listTab(kind))
            return list;
        QSignalSpy opened(window, &MainWindow::listOpened);
        window->openList(kind);
        opened.wait(10000);
        return window->listTab(kind);
    }

    // Space on the option's row of the screen, as the user presses it.
    void pressOn(OptionsView *view, const QString &option)
    {
        QTreeWidgetItem *item = view->item(option);
        QVERIFY(item);
        view->tree()->setFocus();
        QTest::keyClick(view->tree(), Qt::Key_Home);
        for (int i = 0; i < view->tree()->topLevelItemCount() && view->tree()->currentItem() != item; ++i)
            QTest::keyClick(view->tree(), Qt::Key_Down);
        QCOMPARE(view->tree()->currentItem(), item);
        QTest::keyClick(view->tree(), Qt::Key_Space);
    }

    void shoot(QWidget *w, const QString &name) { saveScreenshot(w, m_shots, name); }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        QApplication::setOrganizationName(QStringLiteral("ERP-test"));
        QApplication::setApplicationName(QStringLiteral("erp-optionsclient-test"));
        setPreferredLanguage(QStringLiteral("en"));
        applyLanguage();
        m_shots = QDir(qEnvironmentVariable("ERP_SCREENSHOT_DIR", QDir::current().filePath(QStringLiteral("screenshots"))));
        QVERIFY(m_shots.mkpath(QStringLiteral(".")));
        QVERIFY(m_server.start());
        m_other = m_server.connect();
        QVERIFY(m_other);
        const erp::client::Reply clerk = m_other->call(
            QStringLiteral("catalog.create"),
            map({{QStringLiteral("kind"), QStringLiteral("users")},
                 {QStringLiteral("values"), map({{QStringLiteral("code"), ClerkLogin},
                                                 {QStringLiteral("name"), QStringLiteral("Marie Prodavačová")},
                                                 {QStringLiteral("role"), QStringLiteral("clerk")}})}}));
        QVERIFY2(clerk.ok, qPrintable(clerk.error.message));
        QVERIFY(m_other->call(QStringLiteral("auth.setPassword"),
                              map({{QStringLiteral("login"), ClerkLogin}, {QStringLiteral("password"), ClerkPassword}}))
                    .ok);
        QVERIFY(erp::test::openMainWindow(m_server, &m_session, &m_window));

        m_clerkSession = new ClientSession;
        QSignalSpy loggedIn(m_clerkSession, &ClientSession::loggedIn);
        m_clerkSession->login(QStringLiteral("127.0.0.1"), m_server.port(), ClerkLogin, ClerkPassword, QStringLiteral("en"));
        QVERIFY(loggedIn.wait(10000));
        m_clerkWindow = new MainWindow(m_clerkSession);
        QTRY_VERIFY_WITH_TIMEOUT(m_clerkWindow->isReady(), 10000);
        QVERIFY(optionEnabled(QStringLiteral("deals")));
    }

    void cleanupTestCase()
    {
        delete m_clerkWindow;
        delete m_clerkSession;
        delete m_window;
        delete m_session;
    }

    void aClerkHasNoEntryAndTheServerRefuses()
    {
        QVERIFY(navigationEntries(m_window).contains(QStringLiteral("functionalOptions")));
        QVERIFY(!navigationEntries(m_clerkWindow).contains(QStringLiteral("functionalOptions")));
        QVERIFY(!m_clerkWindow->runCommand(QStringLiteral("functionalOptions")));
        QVERIFY(navigationEntries(m_clerkWindow).contains(QStringLiteral("deals")));

        // The screen itself, should a clerk get it: the server decides.
        OptionsView view(m_clerkSession);
        view.show();
        QTRY_VERIFY_WITH_TIMEOUT(view.isLoaded(), 10000);
        QSignalSpy failed(&view, &OptionsView::switchFailed);
        pressOn(&view, QStringLiteral("deals"));
        QVERIFY(failed.wait(10000));
        QVERIFY2(view.messageText().startsWith(QLatin1String("Deals was not changed: ")), qPrintable(view.messageText()));
        QVERIFY2(view.messageText().size() > QStringLiteral("Deals was not changed: ").size(), qPrintable(view.messageText()));
        QCOMPARE(view.item(QStringLiteral("deals"))->checkState(0), Qt::Checked);
        QVERIFY(optionEnabled(QStringLiteral("deals")));
    }

    void anAdministratorSwitchesDealsOffAndOn()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window)); // shortcuts work in the active window
        // Work in progress of the kind: its list, and a new deal with something typed.
        ListWidget *deals = openedList(m_window, QStringLiteral("deals"));
        QVERIFY(deals);
        ObjectForm *draft = m_window->openForm(QStringLiteral("deals"), 0);
        QTRY_VERIFY_WITH_TIMEOUT(draft->isLoaded(), 10000);
        auto *subject = draft->editor(QStringLiteral("subject"))->findChild<QLineEdit *>();
        QVERIFY(subject);
        subject->setFocus();
        erp::test::typeText(subject, QStringLiteral("Střecha pro školu"));
        QTRY_VERIFY(draft->isModified());
        QTRY_VERIFY_WITH_TIMEOUT(!draft->isRecalculating(), 10000);
        QVERIFY(openedList(m_clerkWindow, QStringLiteral("deals")));

        // The screen, from the sections by keyboard: Alt+1, End (its last entry), Enter.
        QTest::keySequence(m_window, QKeySequence(Qt::ALT | Qt::Key_1));
        QTRY_VERIFY(m_window->navigation()->hasFocus());
        QTest::keyClick(m_window->navigation(), Qt::Key_End);
        QCOMPARE(m_window->navigation()->currentItem()->text(0), QStringLiteral("Functional options"));
        QTest::keyClick(m_window->navigation(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->optionsTab() && m_window->optionsTab()->isLoaded(), 10000);
        OptionsView *view = m_window->optionsTab();
        QCOMPARE(m_window->tabs()->currentWidget(), view);
        QVERIFY(view->tree()->hasFocus());
        QCOMPARE(view->tree()->topLevelItemCount(), 6);
        QCOMPARE(view->item(QStringLiteral("deals"))->text(0), QStringLiteral("Deals"));
        QCOMPARE(view->item(QStringLiteral("deals"))->checkState(0), Qt::Checked);

        QSignalSpy adminFollowed(m_window, &MainWindow::metadataFollowed);
        QSignalSpy clerkFollowed(m_clerkWindow, &MainWindow::metadataFollowed);
        QSignalSpy switched(view, &OptionsView::switched);
        pressOn(view, QStringLiteral("deals"));
        QVERIFY(switched.wait(10000));
        QCOMPARE(switched.first().value(1).toBool(), false);
        // Polled: another connection has been seen to keep the old model for a moment (reported).
        QTRY_VERIFY_WITH_TIMEOUT(!optionEnabled(QStringLiteral("deals")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!adminFollowed.isEmpty(), 10000);
        QVERIFY(caughtUp(m_session, [view] {
            return !view->isSwitching() && view->item(QStringLiteral("deals"))->checkState(0) == Qt::Unchecked;
        }));
        QCOMPARE(view->item(QStringLiteral("deals"))->text(1), QStringLiteral("Off"));

        // This client: deals gone from the sections, the list closed and said so, the draft kept.
        QVERIFY(caughtUp(m_session, [this] { return !navigationEntries(m_window).contains(QStringLiteral("deals")); }));
        QVERIFY(navigationEntries(m_window).contains(QStringLiteral("partners")));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->listTab(QStringLiteral("deals")), 10000);
        const QString said = m_window->statusBar()->currentMessage();
        QVERIFY2(said.contains(QLatin1String("closed: Deals")), qPrintable(said));
        QVERIFY2(said.contains(QLatin1String("kept open")), qPrintable(said));
        const int draftTab = m_window->tabs()->indexOf(draft);
        QVERIFY(draftTab >= 0);
        QVERIFY2(m_window->tabs()->tabText(draftTab).endsWith(QLatin1String("(switched off)")),
                 qPrintable(m_window->tabs()->tabText(draftTab)));
        QCOMPARE(subject->text(), QStringLiteral("Střecha pro školu"));
        shoot(m_window, QStringLiteral("options-admin"));

        // The other client got the push and rebuilt its sections.
        QTRY_VERIFY_WITH_TIMEOUT(!clerkFollowed.isEmpty(), 10000);
        QVERIFY(caughtUp(m_clerkSession, [this] { return !navigationEntries(m_clerkWindow).contains(QStringLiteral("deals")); }));
        QVERIFY(!m_clerkWindow->listTab(QStringLiteral("deals")));

        // Switched on again: everything is back, the draft unmarked.
        adminFollowed.clear();
        clerkFollowed.clear();
        switched.clear();
        m_window->tabs()->setCurrentWidget(view);
        pressOn(view, QStringLiteral("deals"));
        QVERIFY(switched.wait(10000));
        QCOMPARE(switched.first().value(1).toBool(), true);
        QTRY_VERIFY_WITH_TIMEOUT(optionEnabled(QStringLiteral("deals")), 10000);
        QVERIFY(caughtUp(m_session, [this] { return navigationEntries(m_window).contains(QStringLiteral("deals")); }));
        QTRY_VERIFY_WITH_TIMEOUT(!clerkFollowed.isEmpty(), 10000);
        QVERIFY(caughtUp(m_clerkSession, [this] { return navigationEntries(m_clerkWindow).contains(QStringLiteral("deals")); }));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->tabs()->tabText(m_window->tabs()->indexOf(draft)).contains(QLatin1String("switched off")),
                                 10000);
        QVERIFY(openedList(m_window, QStringLiteral("deals")));
        m_window->tabs()->removeTab(m_window->tabs()->indexOf(draft));
        draft->deleteLater();
    }

    void anAnswerDisabledSaysSwitchedOffAndReadsAgain()
    {
        // Switched off by someone else; once the push has been followed, an answer Disabled
        // (a call of a window that still thought the kind was there) says what happened and
        // makes the client read its metadata again.
        QSignalSpy followed(m_window, &MainWindow::metadataFollowed);
        QVERIFY(m_other->call(QStringLiteral("options.set"),
                              map({{QStringLiteral("name"), QStringLiteral("deals")}, {QStringLiteral("enabled"), false}}))
                    .ok);
        QTRY_VERIFY_WITH_TIMEOUT(!optionEnabled(QStringLiteral("deals")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!followed.isEmpty(), 10000);
        QVERIFY(caughtUp(m_session, [this] { return !navigationEntries(m_window).contains(QStringLiteral("deals")); }));
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->isReloadingMetadata(), 10000);
        QVERIFY(!m_window->listTab(QStringLiteral("deals")));
        QSignalSpy changed(m_session, &ClientSession::metadataChanged);
        auto answer = std::make_shared<std::optional<erp::client::Reply>>();
        m_session->call(QStringLiteral("document.list"), map({{QStringLiteral("kind"), QStringLiteral("deals")}}), this,
                        [answer](const erp::client::Reply &r) { *answer = r; });
        QTRY_VERIFY_WITH_TIMEOUT(answer->has_value(), 10000);
        QVERIFY(!(*answer)->ok);
        QCOMPARE(int((*answer)->error.code), int(erp::protocol::ErrorCode::Disabled));
        QCOMPARE((*answer)->error.message, QStringLiteral("This part of the system is switched off."));
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 10000);
        QVERIFY(m_other->call(QStringLiteral("options.set"),
                              map({{QStringLiteral("name"), QStringLiteral("deals")}, {QStringLiteral("enabled"), true}}))
                    .ok);
        QTRY_VERIFY_WITH_TIMEOUT(optionEnabled(QStringLiteral("deals")), 10000);
        QVERIFY(caughtUp(m_session, [this] { return navigationEntries(m_window).contains(QStringLiteral("deals")); }));
    }

    void anAttributeAddedMeanwhileAppearsInTheForm()
    {
        ListWidget *partners = openedList(m_window, QStringLiteral("partners"));
        QVERIFY(partners);
        QVERIFY(!partners->kind().field(QStringLiteral("tier")));
        QSignalSpy followed(m_window, &MainWindow::metadataFollowed);
        const erp::client::Reply created = m_other->call(
            QStringLiteral("catalog.create"),
            map({{QStringLiteral("kind"), QStringLiteral("additional_attributes")},
                 {QStringLiteral("values"), map({{QStringLiteral("kind"), QStringLiteral("partners")},
                                                 {QStringLiteral("name"), QStringLiteral("tier")},
                                                 {QStringLiteral("title"), QStringLiteral("Tier")},
                                                 {QStringLiteral("value_type"), QStringLiteral("string")},
                                                 {QStringLiteral("length"), 20}})}}));
        QVERIFY2(created.ok, qPrintable(created.error.message));
        QTRY_VERIFY_WITH_TIMEOUT(!followed.isEmpty(), 10000);
        // The open list was opened again with the new field; a form opened now has its editor.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->listTab(QStringLiteral("partners"))
                                     && m_window->listTab(QStringLiteral("partners"))->kind().field(QStringLiteral("tier")),
                                 10000);
        ObjectForm *form = m_window->openForm(QStringLiteral("partners"), 0);
        QTRY_VERIFY_WITH_TIMEOUT(form->isLoaded(), 10000);
        QVERIFY(form->editor(QStringLiteral("tier")));
        m_window->tabs()->removeTab(m_window->tabs()->indexOf(form));
        form->deleteLater();
    }
};

QTEST_MAIN(TestOptionsClient)
#include "tst_optionsclient.moc"
