// The desktop client against a real server: log in, create a partner with a Czech name, find
// it typing without diacritics, edit it, see the list follow changes, hit a validation error
// and a conflict, filter the list, and edit and apply form settings. Documents are in
// tst_clientdocuments.cpp.
#include "connection.h"
#include "core/clientsession.h"
#include "core/language.h"
#include "admin/formsettingsdialog.h"
#include "form/fieldeditor.h"
#include "form/objectform.h"
#include "guisession.h"
#include "guitest.h"
#include "list/listmodel.h"
#include "list/listwidget.h"
#include "login/logindialog.h"
#include "main/mainwindow.h"
#include "serverprocess.h"

#include <QAction>
#include <QCborArray>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace erp::app;
using erp::test::map;
using erp::test::ServerProcess;
using erp::test::whenModal;
using erp::test::typeText;

namespace {

QLineEdit *lineEditOf(ObjectForm *form, const QString &field)
{
    FieldEditor *editor = form->editor(field);
    return editor ? editor->findChild<QLineEdit *>() : nullptr;
}

} // namespace

class TestClient : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;
    ServerProcess m_server;
    ClientSession *m_session = nullptr;
    MainWindow *m_window = nullptr;
    std::unique_ptr<erp::client::Connection> m_other; // a second user, through the protocol
    qint64 m_partner = 0;

    ListWidget *partnersList()
    {
        ListWidget *list = m_window->listTab(QStringLiteral("partners"));
        if (!list) {
            QSignalSpy opened(m_window, &MainWindow::listOpened);
            m_window->openList(QStringLiteral("partners"));
            opened.wait(10000);
            list = m_window->listTab(QStringLiteral("partners"));
        }
        return list;
    }

    QCborMap serverObject(qint64 id)
    {
        return m_other->call(QStringLiteral("catalog.read"), map({{QStringLiteral("kind"), QStringLiteral("partners")},
                                                                  {QStringLiteral("id"), id}}))
            .result.toMap();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        QApplication::setOrganizationName(QStringLiteral("ERP-test"));
        QApplication::setApplicationName(QStringLiteral("erp-client-test"));
        setPreferredLanguage(QStringLiteral("en"));
        applyLanguage();
        QVERIFY(m_server.start());
        m_other = m_server.connect();
        QVERIFY(m_other);
    }

    void cleanupTestCase()
    {
        delete m_window;
        delete m_session;
    }

    void reportsAnUnreachableServer()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 closedPort = probe.serverPort();
        probe.close();
        ClientSession session;
        LoginDialog dialog(&session);
        dialog.serverField()->setText(QStringLiteral("127.0.0.1:%1").arg(closedPort));
        dialog.userField()->setText(QStringLiteral("admin"));
        dialog.logIn();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.errorText().isEmpty(), 10000);
        QVERIFY2(dialog.errorText().contains(QLatin1String("cannot be reached")), qPrintable(dialog.errorText()));
    }

    void reportsAnIncompatibleServer()
    {
        // A peer that answers the hello as a server of another protocol generation would.
        QTcpServer fake;
        QVERIFY(fake.listen(QHostAddress::LocalHost));
        connect(&fake, &QTcpServer::newConnection, this, [&fake] {
            QTcpSocket *s = fake.nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, s, [s] {
                s->readAll();
                s->write(erp::protocol::encodeFrame(erp::protocol::makeError(
                    0, {erp::protocol::ErrorCode::IncompatibleVersion, QStringLiteral("this server speaks protocol versions 7 to 9"), {}})));
            });
        });
        ClientSession session;
        LoginDialog dialog(&session);
        dialog.serverField()->setText(QStringLiteral("127.0.0.1:%1").arg(fake.serverPort()));
        dialog.userField()->setText(QStringLiteral("admin"));
        dialog.logIn();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.errorText().isEmpty(), 10000);
        QVERIFY2(dialog.errorText().contains(QLatin1String("different protocol versions")), qPrintable(dialog.errorText()));
    }

    void logsInAfterAWrongPassword()
    {
        m_session = new ClientSession;
        LoginDialog dialog(m_session);
        dialog.serverField()->setText(QStringLiteral("127.0.0.1:%1").arg(m_server.port()));
        dialog.userField()->setText(QStringLiteral("admin"));
        dialog.passwordField()->setText(QStringLiteral("not the password"));
        dialog.logIn();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.errorText().isEmpty(), 10000);
        QVERIFY2(dialog.errorText().contains(QLatin1String("wrong user name or password")), qPrintable(dialog.errorText()));
        dialog.passwordField()->setText(ServerProcess::adminPassword());
        dialog.logIn();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 10000);
        QCOMPARE(m_session->userLogin(), QStringLiteral("admin"));
    }

    void showsTheSectionsTheUserMayOpen()
    {
        m_window = new MainWindow(m_session);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window)); // shortcuts work in the active window
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isReady(), 10000);
        QStringList sections;
        for (int i = 0; i < m_window->navigation()->topLevelItemCount(); ++i)
            sections << m_window->navigation()->topLevelItem(i)->text(0);
        QCOMPARE(sections, (QStringList{QStringLiteral("CRM"), QStringLiteral("Sales"), QStringLiteral("Purchasing"),
                                        QStringLiteral("Warehouse"), QStringLiteral("Finance"), QStringLiteral("Reports"),
                                        QStringLiteral("Administration")}));
        QCOMPARE(m_window->navigation()->topLevelItem(0)->child(0)->text(0), QStringLiteral("Partners"));
    }

    void createsAPartnerWithACzechName()
    {
        ListWidget *list = partnersList();
        QVERIFY(list);
        list->findChild<QAction *>(QStringLiteral("create"))->trigger();
        auto *form = qobject_cast<ObjectForm *>(m_window->tabs()->currentWidget());
        QVERIFY(form);
        QTRY_VERIFY_WITH_TIMEOUT(form->isLoaded(), 10000);
        QLineEdit *name = lineEditOf(form, QStringLiteral("name"));
        QVERIFY(name);
        typeText(name, QStringLiteral("Žlutý kůň s.r.o."));
        QTest::keyClick(name, Qt::Key_Return); // Enter moves on to the next field
        QVERIFY(!name->hasFocus());
        QTest::keyClicks(lineEditOf(form, QStringLiteral("ico")), QStringLiteral("27082440"));
        typeText(lineEditOf(form, QStringLiteral("city")), QStringLiteral("Třebíč"));
        QVERIFY(form->isModified());
        QSignalSpy saved(form, &ObjectForm::saved);
        QSignalSpy failed(form, &ObjectForm::saveFailed);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY2_WITH_TIMEOUT(saved.size() + failed.size() > 0, "Ctrl+S did not save", 10000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        m_partner = form->objectId();
        QVERIFY(m_partner > 0);
        const QCborMap stored = serverObject(m_partner);
        QCOMPARE(stored.value(QStringLiteral("name")).toString(), QStringLiteral("Žlutý kůň s.r.o."));
        QCOMPARE(stored.value(QStringLiteral("city")).toString(), QStringLiteral("Třebíč"));
        QCOMPARE(stored.value(QStringLiteral("ico")).toString(), QStringLiteral("27082440"));
        QVERIFY(!form->isModified());
        form->findChild<QAction *>(QStringLiteral("close"))->trigger();
        QTRY_VERIFY(!m_window->formTab(QStringLiteral("partners"), m_partner));
    }

    void findsItTypingWithoutDiacritics()
    {
        ListWidget *list = partnersList();
        list->view()->setFocus();
        QTest::keyClick(list->view(), Qt::Key_Z); // typing in the list starts a search...
        QCOMPARE(QApplication::focusWidget(), list->searchField());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("luty")); // ...and goes on there
        QCOMPARE(list->searchField()->text(), QStringLiteral("zluty"));
        QTRY_VERIFY_WITH_TIMEOUT(list->model()->rowOfId(m_partner) >= 0, 10000);
        QTest::keyClick(list->searchField(), Qt::Key_Down);
        list->selectId(m_partner);
        QTest::keyClick(list->view(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->formTab(QStringLiteral("partners"), m_partner), 10000);
        ObjectForm *form = m_window->formTab(QStringLiteral("partners"), m_partner);
        QTRY_VERIFY_WITH_TIMEOUT(form->isLoaded(), 10000);
        QCOMPARE(lineEditOf(form, QStringLiteral("name"))->text(), QStringLiteral("Žlutý kůň s.r.o."));
        form->findChild<QAction *>(QStringLiteral("close"))->trigger();
        list->searchField()->clear();
    }

    void editsAndTheListFollows()
    {
        ListWidget *list = partnersList();
        QTRY_VERIFY_WITH_TIMEOUT(list->model()->rowOfId(m_partner) >= 0, 10000);
        ObjectForm *form = m_window->openForm(QStringLiteral("partners"), m_partner);
        QTRY_VERIFY_WITH_TIMEOUT(form->isLoaded(), 10000);
        QLineEdit *city = lineEditOf(form, QStringLiteral("city"));
        city->selectAll();
        QTest::keyClicks(city, QStringLiteral("Brno"));
        QTest::keyClick(city, Qt::Key_Return, Qt::ControlModifier); // save and close
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->formTab(QStringLiteral("partners"), m_partner), 10000);
        QCOMPARE(serverObject(m_partner).value(QStringLiteral("city")).toString(), QStringLiteral("Brno"));
        auto cityShown = [&] {
            const int row = list->model()->rowOfId(m_partner);
            for (int c = 0; c < list->model()->columnCount(); ++c)
                if (list->model()->columns()[c].name == QLatin1String("city"))
                    return list->model()->index(row, c).data().toString();
            return QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(cityShown(), QStringLiteral("Brno"), 10000);

        // Another user's change arrives by server push.
        const QCborMap current = serverObject(m_partner);
        QVERIFY(m_other->call(QStringLiteral("catalog.update"),
                              map({{QStringLiteral("kind"), QStringLiteral("partners")},
                                   {QStringLiteral("id"), m_partner},
                                   {QStringLiteral("version"), current.value(QStringLiteral("version"))},
                                   {QStringLiteral("values"), map({{QStringLiteral("city"), QStringLiteral("Olomouc")}})}}))
                    .ok);
        QTRY_COMPARE_WITH_TIMEOUT(cityShown(), QStringLiteral("Olomouc"), 10000);
    }

    void showsValidationErrorsNextToTheField()
    {
        ListWidget *list = partnersList();
        list->findChild<QAction *>(QStringLiteral("create"))->trigger();
        auto *form = qobject_cast<ObjectForm *>(m_window->tabs()->currentWidget());
        QTRY_VERIFY_WITH_TIMEOUT(form->isLoaded(), 10000);
        QTest::keyClicks(lineEditOf(form, QStringLiteral("city")), QStringLiteral("Praha"));
        QSignalSpy failed(form, &ObjectForm::saveFailed);
        form->save();
        QVERIFY(failed.wait(10000));
        QCOMPARE(form->errorText(QStringLiteral("name")), QStringLiteral("a value is required"));
        QVERIFY(form->editor(QStringLiteral("name"))->isAncestorOf(QApplication::focusWidget()));
        QCOMPARE(form->objectId(), 0);
        whenModal([](QWidget *dialog) {
            if (auto *box = qobject_cast<QMessageBox *>(dialog))
                box->button(QMessageBox::Discard)->click();
        });
        form->findChild<QAction *>(QStringLiteral("close"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->tabs()->indexOf(form) < 0, 10000);
    }

    void offersToReloadOnAConflict()
    {
        ObjectForm *form = m_window->openForm(QStringLiteral("partners"), m_partner);
        QTRY_VERIFY_WITH_TIMEOUT(form->isLoaded(), 10000);
        QLineEdit *city = lineEditOf(form, QStringLiteral("city"));
        city->selectAll();
        typeText(city, QStringLiteral("Zlín"));
        // Meanwhile someone else saves the same partner.
        const QCborMap current = serverObject(m_partner);
        QVERIFY(m_other->call(QStringLiteral("catalog.update"),
                              map({{QStringLiteral("kind"), QStringLiteral("partners")},
                                   {QStringLiteral("id"), m_partner},
                                   {QStringLiteral("version"), current.value(QStringLiteral("version"))},
                                   {QStringLiteral("values"), map({{QStringLiteral("city"), QStringLiteral("Jihlava")}})}}))
                    .ok);
        bool asked = false;
        whenModal([&asked](QWidget *dialog) {
            asked = dialog->objectName() == QLatin1String("conflictDialog");
            auto *box = qobject_cast<QMessageBox *>(dialog);
            for (QAbstractButton *b : box->buttons())
                if (box->buttonRole(b) == QMessageBox::AcceptRole)
                    b->click();
        });
        form->save();
        QTRY_VERIFY_WITH_TIMEOUT(asked, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(city->text(), QStringLiteral("Jihlava"), 10000);
        QVERIFY(!form->isModified());
        form->findChild<QAction *>(QStringLiteral("close"))->trigger();
    }

    void filtersTheList()
    {
        ListWidget *list = partnersList();
        m_window->tabs()->setCurrentWidget(list);
        list->findChild<QAction *>(QStringLiteral("hierarchy"))->setChecked(false); // every partner, not one group
        whenModal([](QWidget *dialog) {
            auto *field = dialog->findChild<QComboBox *>(QStringLiteral("conditionField"));
            field->setCurrentIndex(field->findData(QStringLiteral("city")));
            dialog->findChild<FieldEditor *>(QStringLiteral("conditionValue"))->setValue(QStringLiteral("Jihlava"));
            qobject_cast<QDialog *>(dialog)->accept();
        });
        list->findChild<QAction *>(QStringLiteral("filter"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!list->model()->isBusy() && list->model()->rowOfId(m_partner) >= 0, 10000);
        QCOMPARE(list->model()->rowCount(), 1);
        auto *bar = list->findChild<QLabel *>(QStringLiteral("filterBar"));
        QVERIFY(bar->isVisible());
        QVERIFY2(bar->text().contains(QLatin1String("City = Jihlava")), qPrintable(bar->text()));
        Q_EMIT bar->linkActivated(QStringLiteral("clear"));
        QTRY_VERIFY_WITH_TIMEOUT(!list->model()->isBusy() && list->model()->rowOfId(m_partner) >= 0, 10000);
        QVERIFY(list->model()->filters().isEmpty());
        QVERIFY(!bar->isVisible());
    }

    void editsFormSettingsInTheDialog()
    {
        FormSettingsDialog dialog(m_session);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), 10000);
        QCOMPARE(dialog.catalogBox()->currentData().toString(), QStringLiteral("partners"));
        QTreeWidgetItem *ico = nullptr;
        for (int g = 0; g < dialog.tree()->topLevelItemCount(); ++g)
            for (int i = 0; i < dialog.tree()->topLevelItem(g)->childCount(); ++i)
                if (dialog.tree()->topLevelItem(g)->child(i)->data(0, Qt::UserRole + 1).toString() == QLatin1String("ico"))
                    ico = dialog.tree()->topLevelItem(g)->child(i);
        QVERIFY(ico);
        ico->setCheckState(1, Qt::Unchecked);
        ico->setText(2, QStringLiteral("IČ"));
        dialog.tree()->setCurrentItem(ico);
        dialog.findChild<QPushButton *>(QStringLiteral("moveUp"))->click();
        QSignalSpy saved(&dialog, &FormSettingsDialog::savedSettings);
        dialog.save();
        QVERIFY(saved.wait(10000));
        const QCborMap stored = m_other->call(QStringLiteral("forms.getSettings"),
                                              map({{QStringLiteral("kind"), QStringLiteral("partners")},
                                                   {QStringLiteral("scope"), QStringLiteral("role")},
                                                   {QStringLiteral("target"), dialog.targetBox()->currentData().toString()}}))
                                    .result.toMap();
        const QCborMap entry = stored.value(QStringLiteral("fields")).toMap().value(QStringLiteral("ico")).toMap();
        QCOMPARE(entry.value(QStringLiteral("hidden")).toBool(), true);
        QCOMPARE(entry.value(QStringLiteral("label")).toString(), QStringLiteral("IČ"));
        QVERIFY(entry.contains(QStringLiteral("position")));
        dialog.resetSettings();
        QTRY_VERIFY_WITH_TIMEOUT(m_other->call(QStringLiteral("forms.getSettings"),
                                               map({{QStringLiteral("kind"), QStringLiteral("partners")},
                                                    {QStringLiteral("scope"), QStringLiteral("role")},
                                                    {QStringLiteral("target"), dialog.targetBox()->currentData().toString()}}))
                                     .result.toMap().isEmpty(),
                                 10000);
    }


    void appliesFormSettingsOfTheRole()
    {
        QVERIFY(m_other->call(QStringLiteral("forms.saveSettings"),
                              map({{QStringLiteral("kind"), QStringLiteral("partners")},
                                   {QStringLiteral("scope"), QStringLiteral("role")},
                                   {QStringLiteral("target"), QStringLiteral("admin")},
                                   {QStringLiteral("settings"),
                                    map({{QStringLiteral("fields"),
                                          map({{QStringLiteral("ico"), map({{QStringLiteral("hidden"), true}})},
                                               {QStringLiteral("city"), map({{QStringLiteral("label"), QStringLiteral("Town")},
                                                                             {QStringLiteral("readOnly"), true}})}})}})}}))
                    .ok);
        ObjectForm *form = m_window->openForm(QStringLiteral("partners"), m_partner);
        QTRY_VERIFY_WITH_TIMEOUT(form->isLoaded(), 10000);
        QVERIFY(!form->editor(QStringLiteral("ico")));
        QVERIFY(form->editor(QStringLiteral("city")));
        QVERIFY(lineEditOf(form, QStringLiteral("city"))->isReadOnly());
        bool relabelled = false;
        for (QLabel *label : form->findChildren<QLabel *>())
            relabelled |= label->text() == QLatin1String("Town:");
        QVERIFY(relabelled);
        form->findChild<QAction *>(QStringLiteral("close"))->trigger();
        QVERIFY(m_other->call(QStringLiteral("forms.saveSettings"),
                              map({{QStringLiteral("kind"), QStringLiteral("partners")}, {QStringLiteral("scope"), QStringLiteral("role")},
                                   {QStringLiteral("target"), QStringLiteral("admin")}, {QStringLiteral("settings"), QCborMap()}}))
                    .ok);
    }
};

QTEST_MAIN(TestClient)
#include "tst_client.moc"
