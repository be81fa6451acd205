// Takes the screenshots for the README in English and Czech from the real client and a real
// server with demo data. Files go to $ERP_SCREENSHOT_DIR (default: ./screenshots).
#include "core/clientsession.h"
#include "core/language.h"
#include "form/historydialog.h"
#include "guitest.h"
#include "form/objectform.h"
#include "form/relatedlist.h"
#include "form/relatedpanel.h"
#include "i18n/language.h"
#include "list/listmodel.h"
#include "list/listwidget.h"
#include "login/logindialog.h"
#include "main/mainwindow.h"
#include "print/pdfpreview.h"
#include "reports/chartpane.h"
#include "reports/reportcommands.h"
#include "reports/reportview.h"
#include "serverprocess.h"

#include <QAction>
#include <QCborArray>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QLocale>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace erp::app;
using erp::test::saveScreenshot;
using erp::test::ServerProcess;

class TestScreenshots : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QDir m_dir;
    QTemporaryDir m_config;

    void shoot(QWidget *w, const QString &name) { saveScreenshot(w, m_dir, name); }

    // The client in `language` logged in as the administrator.
    bool logIn(ClientSession &session, const QString &language)
    {
        erp::i18n::installLanguageSwitch(language);
        QLocale::setDefault(language == QLatin1String("cs") ? QLocale(QLocale::Czech, QLocale::Czechia)
                                                             : QLocale(QLocale::English, QLocale::UnitedKingdom));
        QSignalSpy loggedIn(&session, &ClientSession::loggedIn);
        session.login(QStringLiteral("127.0.0.1"), m_server.port(), QStringLiteral("admin"), ServerProcess::adminPassword(),
                      language);
        return loggedIn.wait(10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        QApplication::setOrganizationName(QStringLiteral("ERP-test"));
        QApplication::setApplicationName(QStringLiteral("erp-screenshots"));
        QVERIFY(m_server.start({}, true));
        m_dir = QDir(qEnvironmentVariable("ERP_SCREENSHOT_DIR", QDir::current().filePath(QStringLiteral("screenshots"))));
        QVERIFY(m_dir.mkpath(QStringLiteral(".")));
    }

    void loginRefused_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << "en";
        QTest::newRow("cs") << "cs";
    }
    void loginRefused()
    {
        QFETCH(QString, language);
        // As a clerk's client: the settings choose the language of the dialog and of the server's replies.
        setPreferredLanguage(language);
        applyLanguage();
        ClientSession session;
        LoginDialog dialog(&session);
        dialog.serverField()->setText(QStringLiteral("127.0.0.1:%1").arg(m_server.port()));
        dialog.userField()->setText(QStringLiteral("admin"));
        dialog.passwordField()->setText(QStringLiteral("not the password"));
        dialog.show();
        dialog.logIn();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.errorText().isEmpty(), 10000);
        QCOMPARE(dialog.errorText(), language == QLatin1String("cs") ? QStringLiteral("nesprávné uživatelské jméno nebo heslo")
                                                                      : QStringLiteral("wrong user name or password"));
        shoot(&dialog, QStringLiteral("login-refused-") + language);
    }

    void mainWindowListAndForm_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << "en";
        QTest::newRow("cs") << "cs";
    }
    void mainWindowListAndForm()
    {
        QFETCH(QString, language);
        ClientSession session;
        QVERIFY(logIn(session, language));
        MainWindow window(&session);
        window.resize(1280, 760);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(window.isReady(), 10000);

        QSignalSpy opened(&window, &MainWindow::listOpened);
        window.openList(QStringLiteral("partners"));
        QVERIFY(opened.wait(10000));
        ListWidget *list = window.listTab(QStringLiteral("partners"));
        // Inside the wholesale group, so that the list shows partners rather than only groups.
        QTRY_VERIFY_WITH_TIMEOUT(list->model()->rowCount() > 0 && !list->model()->isBusy(), 10000);
        list->view()->setFocus();
        list->view()->selectRow(0);
        QTest::keyClick(list->view(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(list->model()->rowCount() > 10 && !list->model()->isBusy(), 10000);
        list->view()->selectRow(2);
        shoot(&window, QStringLiteral("partners-list-") + language);

        const qint64 id = list->model()->idAt(2);
        ObjectForm *form = window.openForm(QStringLiteral("partners"), id);
        QTRY_VERIFY_WITH_TIMEOUT(form->isLoaded(), 10000);
        shoot(&window, QStringLiteral("partner-form-") + language);

        window.openList(QStringLiteral("counterparties"));
        QVERIFY(opened.wait(10000));
        ListWidget *entities = window.listTab(QStringLiteral("counterparties"));
        QTRY_VERIFY_WITH_TIMEOUT(entities->model()->rowCount() > 0 && !entities->model()->isBusy(), 10000);
        ObjectForm *entity = window.openForm(QStringLiteral("counterparties"), entities->model()->idAt(0));
        QTRY_VERIFY_WITH_TIMEOUT(entity->isLoaded(), 10000);
        if (auto *pages = entity->findChild<QTabWidget *>(QStringLiteral("pages")))
            pages->setCurrentIndex(pages->count() - 1);
        shoot(&window, QStringLiteral("counterparty-accounts-") + language);

        // A posted sales order with three lines, made through the protocol, opened in the client.
        auto c = m_server.connect();
        QVERIFY(c);
        auto firstId = [&](const QString &kind, const QCborMap &extra = {}) {
            QCborMap p = extra;
            p.insert(QStringLiteral("kind"), kind);
            p.insert(QStringLiteral("limit"), 3);
            p.insert(QStringLiteral("includeDeleted"), false);
            return c->call(QStringLiteral("catalog.list"), p).result.toMap().value(QStringLiteral("rows")).toArray();
        };
        const QCborArray products = firstId(QStringLiteral("products"));
        const qint64 organization = firstId(QStringLiteral("organizations")).at(0).toMap().value(QStringLiteral("id")).toInteger();
        const qint64 warehouse = firstId(QStringLiteral("warehouses")).at(0).toMap().value(QStringLiteral("id")).toInteger();
        const QCborMap buyer = firstId(QStringLiteral("counterparties")).at(0).toMap();
        QCborArray receiptLines, orderLines;
        for (const QCborValue &p : products) {
            QCborMap line;
            line.insert(QStringLiteral("product"), p.toMap().value(QStringLiteral("id")));
            line.insert(QStringLiteral("quantity"), QStringLiteral("20"));
            line.insert(QStringLiteral("price"), p.toMap().value(QStringLiteral("purchase_price")));
            receiptLines.append(line);
            line.insert(QStringLiteral("quantity"), QStringLiteral("3"));
            line.insert(QStringLiteral("price"), p.toMap().value(QStringLiteral("sale_price")));
            orderLines.append(line);
        }
        auto post = [&](const QString &kind, QCborMap values, const QCborArray &lines) {
            values.insert(QStringLiteral("organization"), organization);
            values.insert(QStringLiteral("warehouse"), warehouse);
            QCborMap sections;
            sections.insert(QStringLiteral("lines"), lines);
            QCborMap p;
            p.insert(QStringLiteral("kind"), kind);
            p.insert(QStringLiteral("values"), values);
            p.insert(QStringLiteral("sections"), sections);
            p.insert(QStringLiteral("post"), true);
            const auto r = c->call(QStringLiteral("document.create"), p);
            if (!r.ok)
                qWarning() << r.error.message;
            return r.result.toMap().value(QStringLiteral("id")).toInteger();
        };
        QVERIFY(post(QStringLiteral("goods_receipts"), {}, receiptLines));
        QCborMap orderValues;
        orderValues.insert(QStringLiteral("partner"), buyer.value(QStringLiteral("partner")));
        orderValues.insert(QStringLiteral("counterparty"), buyer.value(QStringLiteral("id")));
        const qint64 order = post(QStringLiteral("sales_orders"), orderValues, orderLines);
        QVERIFY(order);
        // Unposted and posted again, so that its history has more to show.
        for (const QString &transition : {QStringLiteral("unpost"), QStringLiteral("post")}) {
            QCborMap p;
            p.insert(QStringLiteral("kind"), QStringLiteral("sales_orders"));
            p.insert(QStringLiteral("id"), order);
            p.insert(QStringLiteral("version"), c->call(QStringLiteral("document.read"), p).result.toMap().value(QStringLiteral("version")));
            p.insert(QStringLiteral("transition"), transition);
            QVERIFY(c->call(QStringLiteral("document.transition"), p).ok);
        }
        // A shipment made from it, for the order's related documents.
        {
            QCborMap from;
            from.insert(QStringLiteral("kind"), QStringLiteral("sales_orders"));
            from.insert(QStringLiteral("id"), order);
            QCborMap p;
            p.insert(QStringLiteral("kind"), QStringLiteral("shipments"));
            p.insert(QStringLiteral("from"), from);
            const QCborMap proposal = c->call(QStringLiteral("document.basedOn"), p).result.toMap();
            QVERIFY(post(QStringLiteral("shipments"), proposal.value(QStringLiteral("values")).toMap(),
                         proposal.value(QStringLiteral("sections")).toMap().value(QStringLiteral("lines")).toArray()));
        }
        window.openList(QStringLiteral("sales_orders"));
        QVERIFY(opened.wait(10000));
        ListWidget *orders = window.listTab(QStringLiteral("sales_orders"));
        QTRY_VERIFY_WITH_TIMEOUT(orders->model()->rowOfId(order) >= 0 && !orders->model()->isBusy(), 10000);
        orders->selectId(order);
        shoot(&window, QStringLiteral("sales-orders-list-") + language);
        ObjectForm *orderForm = window.openForm(QStringLiteral("sales_orders"), order);
        QTRY_VERIFY_WITH_TIMEOUT(orderForm->isLoaded(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(orderForm->relatedPanel()->tree()->topLevelItemCount() > 0
                                     && orderForm->relatedPanel()->tree()->topLevelItem(0)->text(0) != QLatin1String("shipments"),
                                 10000);
        orderForm->relatedPanel()->tree()->setCurrentItem(orderForm->relatedPanel()->tree()->topLevelItem(0));
        shoot(&window, QStringLiteral("sales-order-") + language);

        // The customer's form: its documents and its counterparties.
        ObjectForm *customer = window.openForm(QStringLiteral("partners"), buyer.value(QStringLiteral("partner")).toInteger());
        QTRY_VERIFY_WITH_TIMEOUT(customer->isLoaded(), 10000);
        auto *customerPages = customer->findChild<QTabWidget *>(QStringLiteral("pages"));
        QVERIFY(customerPages && customer->relatedList(2));
        customerPages->setCurrentIndex(customerPages->indexOf(customer->relatedList(2)->parentWidget()));
        QTRY_VERIFY_WITH_TIMEOUT(customer->relatedList(2)->model(QStringLiteral("sales_orders"))
                                     && customer->relatedList(2)->model(QStringLiteral("sales_orders"))->rowOfId(order) >= 0,
                                 10000);
        customer->relatedList(2)->showKind(QStringLiteral("sales_orders"));
        shoot(&window, QStringLiteral("partner-documents-") + language);
        customerPages->setCurrentIndex(customerPages->indexOf(customer->relatedList(0)->parentWidget()));
        QTRY_VERIFY_WITH_TIMEOUT(customer->relatedList(0)->model(QStringLiteral("counterparties"))
                                     && customer->relatedList(0)->model(QStringLiteral("counterparties"))->rowCount() > 0,
                                 10000);
        shoot(&window, QStringLiteral("partner-counterparties-") + language);
        window.tabs()->setCurrentWidget(orderForm);

        // Its workflow history, from the form's History command.
        orderForm->findChild<QAction *>(QStringLiteral("history"))->trigger();
        HistoryDialog *history = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((history = orderForm->findChild<HistoryDialog *>()) && history->isLoaded(), 10000);
        QCOMPARE(history->table()->rowCount(), 4);
        shoot(history, QStringLiteral("sales-order-history-") + language);
        history->reject();
    }

    // A report with its chart beside the table, and its print preview (Ctrl+P).
    void reportChartAndPreview_data() { mainWindowListAndForm_data(); }
    void reportChartAndPreview()
    {
        QFETCH(QString, language);
        ClientSession session;
        QVERIFY(logIn(session, language));
        MainWindow window(&session);
        window.resize(1280, 760);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(window.isReady(), 10000);
        QVERIFY(window.runCommand(QStringLiteral("report:sales_by_period")));
        ReportView *view = window.reportTab(QStringLiteral("sales_by_period"));
        QVERIFY(view);
        QTRY_VERIFY_WITH_TIMEOUT(view->isReady(), 10000);
        QSignalSpy rendered(view->chartPane(), &ChartPane::rendered);
        view->run();
        QVERIFY(rendered.wait(20000));
        QVERIFY(!view->chartPane()->pixmap().isNull());
        shoot(&window, QStringLiteral("report-chart-") + language);

        QSignalSpy opened(view->commands(), &ReportCommands::previewOpened);
        view->commands()->printAction()->trigger();
        QVERIFY(opened.wait(20000));
        auto *preview = opened.first().first().value<PdfPreviewDialog *>();
        preview->resize(900, 700);
        shoot(preview, QStringLiteral("report-preview-") + language);
        preview->close();
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
