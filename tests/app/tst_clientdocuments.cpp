// The desktop client's documents against a real server: receive and ship goods (stock follows
// posting, unposting and a shipment refused for lack of stock), run a document's workflow as its
// metadata declares it and read its history, and leave computed fields to the server.
#include "core/clientsession.h"
#include "core/language.h"
#include "connection.h"
#include "form/fieldeditor.h"
#include "form/historydialog.h"
#include "form/objectform.h"
#include "form/sectioneditor.h"
#include "form/sectionmodel.h"
#include "guisession.h"
#include "guitest.h"
#include "list/listmodel.h"
#include "list/listwidget.h"
#include "main/mainwindow.h"
#include "serverprocess.h"

#include <QAction>
#include <QCborArray>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace erp::app;
using erp::test::map;
using erp::test::ServerProcess;
using erp::test::whenModal;

namespace {

QLineEdit *lineEditOf(ObjectForm *form, const QString &field)
{
    FieldEditor *editor = form->editor(field);
    return editor ? editor->findChild<QLineEdit *>() : nullptr;
}

} // namespace

class TestClientDocuments : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;
    ServerProcess m_server;
    ClientSession *m_session = nullptr;
    MainWindow *m_window = nullptr;
    std::unique_ptr<erp::client::Connection> m_other; // a second user, through the protocol
    qint64 m_partner = 0;

    ListWidget *openedList(const QString &kind)
    {
        ListWidget *list = m_window->listTab(kind);
        if (!list) {
            QSignalSpy opened(m_window, &MainWindow::listOpened);
            m_window->openList(kind);
            opened.wait(10000);
            list = m_window->listTab(kind);
        }
        return list;
    }

    qint64 createObject(const QString &kind, const QCborMap &values)
    {
        const erp::client::Reply r = m_other->call(QStringLiteral("catalog.create"),
                                                   map({{QStringLiteral("kind"), kind}, {QStringLiteral("values"), values}}));
        if (!r.ok)
            qWarning() << kind << r.error.message;
        return r.result.toMap().value(QStringLiteral("id")).toInteger();
    }

    // The stock of a product in every warehouse, as the server reports it.
    QString stockOf(qint64 product)
    {
        const QCborArray rows = m_other->call(QStringLiteral("register.balances"),
                                              map({{QStringLiteral("register"), QStringLiteral("stock")},
                                                   {QStringLiteral("where"), map({{QStringLiteral("product"), product}})}}))
                                    .result.toMap().value(QStringLiteral("rows")).toArray();
        return rows.isEmpty() ? QStringLiteral("0") /* nothing in stock */ : rows.first().toMap().value(QStringLiteral("quantity")).toString();
    }

    // A new document in the form, from the list's Create.
    ObjectForm *newDocument(ListWidget *list)
    {
        m_window->tabs()->setCurrentWidget(list);
        list->findChild<QAction *>(QStringLiteral("create"))->trigger();
        auto *form = qobject_cast<ObjectForm *>(m_window->tabs()->currentWidget());
        return form && QTest::qWaitFor([form] { return form->isLoaded(); }, 10000) ? form : nullptr;
    }

    // A line added in the grid: the product chosen, quantity and price entered.
    void addLine(ObjectForm *form, qint64 product, const QString &productName, const QString &quantity, const QString &price)
    {
        SectionEditor *lines = form->sectionEditor(QStringLiteral("lines"));
        QVERIFY(lines);
        lines->addLine();
        auto *model = qobject_cast<SectionModel *>(lines->findChild<QTableView *>()->model());
        QVERIFY(model);
        const int row = model->rowCount() - 1;
        QVERIFY(model->setCell(row, model->columnOf(QStringLiteral("product")), product, productName));
        QVERIFY(model->setCell(row, model->columnOf(QStringLiteral("quantity")), quantity));
        QVERIFY(model->setCell(row, model->columnOf(QStringLiteral("price")), price));
    }

    QString cellText(ListWidget *list, qint64 id, const QString &field, int role = Qt::DisplayRole)
    {
        const int row = list->model()->rowOfId(id);
        for (int c = 0; c < list->model()->columnCount(); ++c)
            if (list->model()->columns()[c].name == field)
                return list->model()->index(row, c).data(role).toString();
        return QString();
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
        m_partner = createObject(QStringLiteral("partners"), map({{QStringLiteral("name"), QStringLiteral("Žlutý kůň s.r.o.")}}));
        QVERIFY(m_partner);
        QVERIFY(erp::test::openMainWindow(m_server, &m_session, &m_window));
    }

    void cleanupTestCase()
    {
        delete m_window;
        delete m_session;
    }

    void receivesAndShipsGoodsWithDocuments()
    {
        const qint64 organization = createObject(QStringLiteral("organizations"), map({{QStringLiteral("name"), QStringLiteral("Alfa Obchod")}}));
        const qint64 warehouse = createObject(QStringLiteral("warehouses"), map({{QStringLiteral("name"), QStringLiteral("Sklad Praha")},
                                                                                  {QStringLiteral("organization"), organization}}));
        const qint64 unit = createObject(QStringLiteral("units"), map({{QStringLiteral("code"), QStringLiteral("ks")},
                                                                        {QStringLiteral("name"), QStringLiteral("kus")}}));
        const qint64 product = createObject(QStringLiteral("products"), map({{QStringLiteral("name"), QStringLiteral("Šroub M6")},
                                                                              {QStringLiteral("unit"), unit}}));
        QVERIFY(organization && warehouse && unit && product);

        // The list of receipts: newest first, no groups.
        ListWidget *receipts = openedList(QStringLiteral("goods_receipts"));
        QVERIFY(receipts);
        QCOMPARE(receipts->model()->sortField(), QStringLiteral("date"));
        QVERIFY(receipts->model()->sortDescending());
        const QHeaderView *header = receipts->view()->horizontalHeader();
        QCOMPARE(receipts->model()->columns().value(header->sortIndicatorSection()).name, QStringLiteral("date"));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QVERIFY(!receipts->findChild<QAction *>(QStringLiteral("createGroup")));
        QVERIFY(!receipts->findChild<QAction *>(QStringLiteral("up")));
        QVERIFY(receipts->findChild<QAction *>(QStringLiteral("post")));

        // A receipt of 5 pieces, posted with "Post and close".
        ObjectForm *form = newDocument(receipts);
        QVERIFY(form);
        QVERIFY(form->isDocument());
        QVERIFY(lineEditOf(form, QStringLiteral("number"))->isReadOnly());
        QVERIFY(!lineEditOf(form, QStringLiteral("date"))->text().isEmpty());
        QCOMPARE(form->findChild<QLabel *>(QStringLiteral("documentStatus"))->text(), QStringLiteral("Draft"));
        QVERIFY(!form->findChild<QAction *>(QStringLiteral("saveAndClose"))->isVisible());
        form->editor(QStringLiteral("organization"))->setValue(organization, QStringLiteral("Alfa Obchod"));
        form->editor(QStringLiteral("warehouse"))->setValue(warehouse, QStringLiteral("Sklad Praha"));
        addLine(form, product, QStringLiteral("Šroub M6"), QStringLiteral("5"), QStringLiteral("100"));
        QSignalSpy saved(form, &ObjectForm::saved);
        QSignalSpy failed(form, &ObjectForm::saveFailed);
        form->findChild<QAction *>(QStringLiteral("postAndClose"))->trigger();
        QTRY_VERIFY2_WITH_TIMEOUT(saved.size() + failed.size() > 0, "Post and close did not save", 10000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        const qint64 receipt = saved.first().at(1).toLongLong();
        QVERIFY(receipt > 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->tabs()->indexOf(form) < 0, 10000);
        QCOMPARE(stockOf(product), QStringLiteral("5.000"));
        const QCborMap stored = m_other->call(QStringLiteral("document.read"),
                                              map({{QStringLiteral("kind"), QStringLiteral("goods_receipts")}, {QStringLiteral("id"), receipt}}))
                                    .result.toMap();
        QCOMPARE(stored.value(QStringLiteral("status")).toString(), QStringLiteral("posted"));
        const QString number = stored.value(QStringLiteral("number")).toString();
        QVERIFY2(number.startsWith(QLatin1String("PR-")), qPrintable(number));

        // The list shows it posted: the status and a check mark.
        QTRY_COMPARE_WITH_TIMEOUT(cellText(receipts, receipt, QStringLiteral("status")), QStringLiteral("Posted"), 10000);
        const QModelIndex first = receipts->model()->index(receipts->model()->rowOfId(receipt), 0);
        QVERIFY(!first.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(cellText(receipts, receipt, QStringLiteral("number")), number);

        // Quick search finds documents by their number.
        receipts->searchField()->setText(number.right(3));
        QTRY_VERIFY_WITH_TIMEOUT(!receipts->model()->isBusy() && receipts->model()->rowCount() == 1
                                     && receipts->model()->rowOfId(receipt) == 0, 10000);
        receipts->searchField()->setText(QStringLiteral("no such number"));
        QTRY_VERIFY_WITH_TIMEOUT(!receipts->model()->isBusy() && receipts->model()->rowCount() == 0, 10000);
        receipts->searchField()->clear();
        QTRY_VERIFY_WITH_TIMEOUT(!receipts->model()->isBusy() && receipts->model()->rowOfId(receipt) >= 0, 10000);

        // Opened again: the number and date in the title, the status shown.
        form = m_window->openForm(QStringLiteral("goods_receipts"), receipt);
        QTRY_VERIFY_WITH_TIMEOUT(form->isLoaded(), 10000);
        QVERIFY2(form->title().startsWith(QStringLiteral("Goods receipts %1 of ").arg(number)), qPrintable(form->title()));
        QCOMPARE(form->findChild<QLabel *>(QStringLiteral("documentStatus"))->text(), QStringLiteral("Posted"));
        QCOMPARE(lineEditOf(form, QStringLiteral("number"))->text(), number);
        auto *status = form->findChild<QLabel *>(QStringLiteral("documentStatus"));
        // Unposted and posted again from the form: the movements go and come back.
        QVERIFY(form->findChild<QAction *>(QStringLiteral("unpost"))->isEnabled());
        form->findChild<QAction *>(QStringLiteral("unpost"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Draft"), 10000);
        QCOMPARE(stockOf(product), QStringLiteral("0"));
        QVERIFY(!form->findChild<QAction *>(QStringLiteral("unpost"))->isEnabled());
        form->findChild<QAction *>(QStringLiteral("post"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Posted"), 10000);
        QCOMPARE(stockOf(product), QStringLiteral("5.000"));
        form->findChild<QAction *>(QStringLiteral("close"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->tabs()->indexOf(form) < 0, 10000);

        // And from the list, for the selected row.
        m_window->tabs()->setCurrentWidget(receipts);
        const QCborValue version = m_other->call(QStringLiteral("document.read"),
                                                 map({{QStringLiteral("kind"), QStringLiteral("goods_receipts")}, {QStringLiteral("id"), receipt}}))
                                       .result.toMap().value(QStringLiteral("version"));
        QTRY_COMPARE_WITH_TIMEOUT(receipts->model()->rowAt(receipts->model()->rowOfId(receipt)).value(QStringLiteral("version")), version, 10000);
        receipts->selectId(receipt);
        QTRY_VERIFY_WITH_TIMEOUT(receipts->findChild<QAction *>(QStringLiteral("unpost"))->isEnabled(), 10000);
        receipts->findChild<QAction *>(QStringLiteral("unpost"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(cellText(receipts, receipt, QStringLiteral("status")), QStringLiteral("Draft"), 10000);
        QCOMPARE(stockOf(product), QStringLiteral("0"));
        QVERIFY(receipts->model()->index(receipts->model()->rowOfId(receipt), 0).data(Qt::DecorationRole).isNull());
        receipts->selectId(receipt);
        QTRY_VERIFY_WITH_TIMEOUT(receipts->findChild<QAction *>(QStringLiteral("post"))->isEnabled(), 10000);
        receipts->findChild<QAction *>(QStringLiteral("post"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(cellText(receipts, receipt, QStringLiteral("status")), QStringLiteral("Posted"), 10000);
        QCOMPARE(stockOf(product), QStringLiteral("5.000"));

        // A shipment of 7 when 5 are in stock: the server's stock control refuses to post it.
        ListWidget *shipments = openedList(QStringLiteral("shipments"));
        QVERIFY(shipments);
        form = newDocument(shipments);
        QVERIFY(form);
        form->editor(QStringLiteral("organization"))->setValue(organization, QStringLiteral("Alfa Obchod"));
        form->editor(QStringLiteral("warehouse"))->setValue(warehouse, QStringLiteral("Sklad Praha"));
        form->editor(QStringLiteral("partner"))->setValue(m_partner, QStringLiteral("Žlutý kůň s.r.o."));
        addLine(form, product, QStringLiteral("Šroub M6"), QStringLiteral("7"), QStringLiteral("150"));
        QSignalSpy shipmentFailed(form, &ObjectForm::saveFailed);
        form->findChild<QAction *>(QStringLiteral("postAndClose"))->trigger();
        QVERIFY(shipmentFailed.wait(10000));
        QVERIFY2(form->messageText().contains(QLatin1String("not enough")), qPrintable(form->messageText()));
        QVERIFY(m_window->tabs()->indexOf(form) >= 0);
        QCOMPARE(form->objectId(), 0);
        QCOMPARE(form->status(), QStringLiteral("draft"));
        QVERIFY(form->isModified());
        const QCborArray shipped = m_other->call(QStringLiteral("document.list"), map({{QStringLiteral("kind"), QStringLiteral("shipments")}}))
                                       .result.toMap().value(QStringLiteral("rows")).toArray();
        QVERIFY(shipped.isEmpty());
        QCOMPARE(stockOf(product), QStringLiteral("5.000"));
        whenModal([](QWidget *dialog) {
            if (auto *box = qobject_cast<QMessageBox *>(dialog))
                box->button(QMessageBox::Discard)->click();
        });
        form->findChild<QAction *>(QStringLiteral("close"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->tabs()->indexOf(form) < 0, 10000);

        // Marked for deletion from the list: the receipt no longer moves anything.
        m_window->tabs()->setCurrentWidget(receipts);
        receipts->selectId(receipt);
        whenModal([](QWidget *dialog) {
            if (auto *box = qobject_cast<QMessageBox *>(dialog))
                box->button(QMessageBox::Yes)->click();
        });
        receipts->findChild<QAction *>(QStringLiteral("markDeleted"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(receipts->model()->rowAt(receipts->model()->rowOfId(receipt)).value(QStringLiteral("deleted")).toBool(),
                                 10000);
        QCOMPARE(cellText(receipts, receipt, QStringLiteral("status")), QStringLiteral("Draft"));
        QCOMPARE(stockOf(product), QStringLiteral("0"));
    }

    void runsTheWorkflowTheMetadataDeclares()
    {
        const qint64 organization = createObject(QStringLiteral("organizations"), map({{QStringLiteral("name"), QStringLiteral("Beta Sklady")}}));
        const qint64 warehouse = createObject(QStringLiteral("warehouses"), map({{QStringLiteral("name"), QStringLiteral("Sklad Ostrava")},
                                                                                  {QStringLiteral("organization"), organization}}));
        const qint64 unit = createObject(QStringLiteral("units"), map({{QStringLiteral("code"), QStringLiteral("bal")},
                                                                        {QStringLiteral("name"), QStringLiteral("balení")}}));
        const qint64 product = createObject(QStringLiteral("products"), map({{QStringLiteral("name"), QStringLiteral("Hřebík 40")},
                                                                              {QStringLiteral("unit"), unit}}));
        QVERIFY(organization && warehouse && unit && product);
        const QString kind = QStringLiteral("goods_receipts");
        const erp::client::Reply created = m_other->call(
            QStringLiteral("document.create"),
            map({{QStringLiteral("kind"), kind},
                 {QStringLiteral("values"), map({{QStringLiteral("organization"), organization}, {QStringLiteral("warehouse"), warehouse}})},
                 {QStringLiteral("sections"), map({{QStringLiteral("lines"), QCborArray{map({{QStringLiteral("product"), product},
                                                                                               {QStringLiteral("quantity"), QStringLiteral("4")},
                                                                                               {QStringLiteral("price"), QStringLiteral("2")}})}}})},
                 {QStringLiteral("post"), true}}));
        QVERIFY2(created.ok, qPrintable(created.error.message));
        const qint64 receipt = created.result.toMap().value(QStringLiteral("id")).toInteger();
        const QString posted = created.result.toMap().value(QStringLiteral("status")).toString();
        QCOMPARE(stockOf(product), QStringLiteral("4.000"));

        // What the server declares, read by the other connection.
        const QCborMap workflow = m_other->call(QStringLiteral("meta.describe"), map({{QStringLiteral("kind"), kind}}))
                                      .result.toMap().value(QStringLiteral("workflow")).toMap();
        const QCborArray transitions = workflow.value(QStringLiteral("transitions")).toArray();
        QVERIFY(transitions.size() >= 2);
        const auto stateTitle = [&](const QString &state) {
            for (const QCborValue &s : workflow.value(QStringLiteral("states")).toArray())
                if (s.toMap().value(QStringLiteral("name")).toString() == state)
                    return s.toMap().value(QStringLiteral("title")).toString();
            return QString();
        };
        QCborMap unpost;
        for (const QCborValue &t : transitions)
            if (t.toMap().value(QStringLiteral("name")).toString() == QLatin1String("unpost"))
                unpost = t.toMap();
        QVERIFY(!unpost.isEmpty());
        const QString draft = unpost.value(QStringLiteral("to")).toString();

        // The form has a command per transition: title and shortcut from the metadata, enabled
        // where the user may run it from the document's state.
        ObjectForm *form = m_window->openForm(kind, receipt);
        QTRY_VERIFY_WITH_TIMEOUT(form->isLoaded(), 10000);
        auto *status = form->findChild<QLabel *>(QStringLiteral("documentStatus"));
        QCOMPARE(status->text(), stateTitle(posted));
        // On the toolbar, or (those without a shortcut) in its More menu.
        QList<QAction *> toolbar = form->findChild<QToolBar *>()->actions();
        if (auto *more = form->findChild<QAction *>(QStringLiteral("moreTransitions")))
            toolbar += more->menu()->actions();
        for (const QCborValue &value : transitions) {
            const QCborMap t = value.toMap();
            const QString name = t.value(QStringLiteral("name")).toString();
            auto *action = form->findChild<QAction *>(name);
            QVERIFY2(action, qPrintable(name));
            QVERIFY2(toolbar.contains(action), qPrintable(name));
            QCOMPARE(action->text(), t.value(QStringLiteral("title")).toString());
            QCOMPARE(action->shortcut(), QKeySequence::fromString(t.value(QStringLiteral("shortcut")).toString()));
            const bool fromHere = t.value(QStringLiteral("allowed")).toBool()
                                  && t.value(QStringLiteral("from")).toArray().contains(QCborValue(posted));
            const QCborValue mark = t.value(QStringLiteral("deletionMark"));
            QCOMPARE(action->isEnabled(), fromHere && mark != QCborValue(false));
            QCOMPARE(action->isVisible(), mark != QCborValue(false)); // nothing to unmark
        }

        // Unpost with its shortcut: the state moves, the movements go.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window)); // shortcuts work in the active window
        form->editor(QStringLiteral("warehouse"))->setFocus();
        QTRY_VERIFY(form->isAncestorOf(QApplication::focusWidget()));
        QSignalSpy saved(form, &ObjectForm::saved);
        QTest::keySequence(QApplication::focusWidget(), QKeySequence::fromString(unpost.value(QStringLiteral("shortcut")).toString()));
        QVERIFY(saved.wait(10000));
        QCOMPARE(status->text(), stateTitle(draft));
        QCOMPARE(form->status(), draft);
        QCOMPARE(m_other->call(QStringLiteral("document.read"), map({{QStringLiteral("kind"), kind}, {QStringLiteral("id"), receipt}}))
                     .result.toMap().value(QStringLiteral("status")).toString(),
                 draft);
        QCOMPARE(stockOf(product), QStringLiteral("0"));
        QVERIFY(!form->findChild<QAction *>(QStringLiteral("unpost"))->isEnabled());
        QVERIFY(form->findChild<QAction *>(QStringLiteral("post"))->isEnabled());

        // The history: created, posted, unposted, with the titles of the metadata.
        form->findChild<QAction *>(QStringLiteral("history"))->trigger();
        HistoryDialog *history = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((history = form->findChild<HistoryDialog *>()) && history->isLoaded(), 10000);
        QVERIFY(history->isVisible());
        QTableWidget *table = history->table();
        QCOMPARE(table->rowCount(), 3);
        const auto cell = [table](int row, int column) { return table->item(row, column)->text(); };
        QCOMPARE(cell(0, 0), QStringLiteral("Created"));
        QCOMPARE(cell(0, 1), QString());
        QCOMPARE(cell(0, 2), stateTitle(workflow.value(QStringLiteral("initial")).toString()));
        QCOMPARE(cell(1, 2), stateTitle(posted));
        QCOMPARE(cell(2, 0), unpost.value(QStringLiteral("title")).toString());
        QCOMPARE(cell(2, 1), stateTitle(posted));
        QCOMPARE(cell(2, 2), stateTitle(draft));
        QCOMPARE(cell(2, 3), QStringLiteral("admin"));
        QVERIFY(!cell(2, 4).isEmpty());
        history->reject();
        QTRY_VERIFY(!form->findChild<HistoryDialog *>());
        form->findChild<QAction *>(QStringLiteral("close"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->tabs()->indexOf(form) < 0, 10000);

        // The list shows the same history for the selected document.
        ListWidget *receipts = openedList(kind);
        m_window->tabs()->setCurrentWidget(receipts);
        QTRY_VERIFY_WITH_TIMEOUT(receipts->model()->rowOfId(receipt) >= 0
                                     && receipts->model()->rowAt(receipts->model()->rowOfId(receipt)).value(QStringLiteral("status")).toString() == draft,
                                 10000);
        receipts->selectId(receipt);
        QVERIFY(receipts->findChild<QAction *>(QStringLiteral("post"))->isEnabled());
        QVERIFY(!receipts->findChild<QAction *>(QStringLiteral("unpost"))->isEnabled());
        receipts->findChild<QAction *>(QStringLiteral("history"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT((history = receipts->findChild<HistoryDialog *>()) && history->isLoaded(), 10000);
        QCOMPARE(history->table()->rowCount(), 3);
        history->reject();
        QTRY_VERIFY(!receipts->findChild<HistoryDialog *>());
    }

    void leavesComputedFieldsToTheServer()
    {
        const qint64 organization = createObject(QStringLiteral("organizations"), map({{QStringLiteral("name"), QStringLiteral("Gama Prodej")}}));
        const qint64 warehouse = createObject(QStringLiteral("warehouses"), map({{QStringLiteral("name"), QStringLiteral("Sklad Plzeň")},
                                                                                  {QStringLiteral("organization"), organization}}));
        const qint64 unit = createObject(QStringLiteral("units"), map({{QStringLiteral("code"), QStringLiteral("m")},
                                                                        {QStringLiteral("name"), QStringLiteral("metr")}}));
        const qint64 product = createObject(QStringLiteral("products"), map({{QStringLiteral("name"), QStringLiteral("Lano 8 mm")},
                                                                              {QStringLiteral("unit"), unit}}));
        QVERIFY(organization && warehouse && unit && product);
        ObjectForm *form = newDocument(openedList(QStringLiteral("sales_orders")));
        QVERIFY(form);
        // Header totals: shown, not editable.
        QVERIFY(lineEditOf(form, QStringLiteral("total")));
        QVERIFY(lineEditOf(form, QStringLiteral("total"))->isReadOnly());
        form->editor(QStringLiteral("organization"))->setValue(organization, QStringLiteral("Gama Prodej"));
        form->editor(QStringLiteral("warehouse"))->setValue(warehouse, QStringLiteral("Sklad Plzeň"));
        form->editor(QStringLiteral("partner"))->setValue(m_partner, QStringLiteral("Žlutý kůň s.r.o."));
        addLine(form, product, QStringLiteral("Lano 8 mm"), QStringLiteral("3"), QStringLiteral("10"));
        SectionEditor *lines = form->sectionEditor(QStringLiteral("lines"));
        auto *view = lines->findChild<QTableView *>();
        auto *model = qobject_cast<SectionModel *>(view->model());
        const QModelIndex amount = model->index(0, model->columnOf(QStringLiteral("amount")));
        // A clerk cannot type an amount: the cell is never edited, nor even the current one.
        QVERIFY(!(amount.flags() & Qt::ItemIsEditable));
        view->setCurrentIndex(amount);
        QVERIFY(view->currentIndex() != amount);
        QVERIFY(!lines->writableLines().at(0).toMap().contains(QStringLiteral("amount")));
        QVERIFY(!lines->writableLines().at(0).toMap().contains(QStringLiteral("vat_amount")));

        QSignalSpy saved(form, &ObjectForm::saved);
        QSignalSpy failed(form, &ObjectForm::saveFailed);
        form->save();
        QTRY_VERIFY_WITH_TIMEOUT(saved.size() + failed.size() > 0, 10000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        // The server computed them, and the form shows what it computed.
        QTRY_COMPARE_WITH_TIMEOUT(amount.data().toString(), QStringLiteral("30.00"), 10000);
        QVERIFY(!lineEditOf(form, QStringLiteral("total"))->text().isEmpty());
        form->findChild<QAction *>(QStringLiteral("close"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->tabs()->indexOf(form) < 0, 10000);
    }
};

QTEST_MAIN(TestClientDocuments)
#include "tst_clientdocuments.moc"
