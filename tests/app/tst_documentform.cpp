// The document form as a clerk uses it, against a real server: totals recalculated by the
// server as a quantity is typed (the price type's price proposed), the grid's keys (Tab past
// the last cell, Insert while editing, Esc cancelling only the cell), defaults remembered
// from one new document to the next, "create based on" opening a filled form (and saying so
// when nothing remains), the related documents panel, and the partner's tabs of
// counterparties, contact persons and documents with a counterparty that starts from the
// partner.
#include "connection.h"
#include "core/clientsession.h"
#include "core/language.h"
#include "form/basedoncommand.h"
#include "form/fieldeditor.h"
#include "form/lineinfo.h"
#include "form/objectform.h"
#include "form/relatedlist.h"
#include "form/relatedpanel.h"
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
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace erp::app;
using erp::test::map;
using erp::test::ServerProcess;
using erp::test::whenModal;

namespace {

QString lineText(ObjectForm *form, const QString &field)
{
    FieldEditor *editor = form->editor(field);
    auto *edit = editor ? editor->findChild<QLineEdit *>() : nullptr;
    return edit ? edit->text() : QString();
}

} // namespace

class TestDocumentForm : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;
    ServerProcess m_server;
    std::unique_ptr<erp::client::Connection> m_other;
    ClientSession *m_session = nullptr;
    MainWindow *m_window = nullptr;
    qint64 m_organization = 0, m_warehouse = 0, m_product = 0, m_partner = 0, m_counterparty = 0, m_priceType = 0;
    qint64 m_order = 0, m_shipment = 0;

    qint64 create(const QString &kind, const QCborMap &values)
    {
        const auto r = m_other->call(QStringLiteral("catalog.create"), map({{QStringLiteral("kind"), kind}, {QStringLiteral("values"), values}}));
        if (!r.ok)
            qWarning() << kind << r.error.message;
        return r.result.toMap().value(QStringLiteral("id")).toInteger();
    }

    qint64 postDocument(const QString &kind, const QCborMap &values, const QCborArray &lines)
    {
        const auto r = m_other->call(QStringLiteral("document.create"),
                                     map({{QStringLiteral("kind"), kind}, {QStringLiteral("values"), values},
                                          {QStringLiteral("sections"), map({{QStringLiteral("lines"), lines}})},
                                          {QStringLiteral("post"), true}}));
        if (!r.ok)
            qWarning() << kind << r.error.message;
        return r.result.toMap().value(QStringLiteral("id")).toInteger();
    }

    int count(const QString &kind)
    {
        return int(m_other->call(QStringLiteral("document.list"), map({{QStringLiteral("kind"), kind}, {QStringLiteral("limit"), 1000}}))
                       .result.toMap().value(QStringLiteral("rows")).toArray().size());
    }

    ListWidget *openedList(const QString &kind)
    {
        ListWidget *list = m_window->listTab(kind);
        if (!list) {
            QSignalSpy opened(m_window, &MainWindow::listOpened);
            m_window->openList(kind);
            opened.wait(10000);
            list = m_window->listTab(kind);
        }
        m_window->tabs()->setCurrentWidget(list);
        return list;
    }

    ObjectForm *newDocument(const QString &kind)
    {
        ListWidget *list = openedList(kind);
        list->findChild<QAction *>(QStringLiteral("create"))->trigger();
        auto *form = qobject_cast<ObjectForm *>(m_window->tabs()->currentWidget());
        return form && QTest::qWaitFor([form] { return form->isLoaded(); }, 10000) ? form : nullptr;
    }

    ObjectForm *currentForm(const QString &kind)
    {
        auto *form = qobject_cast<ObjectForm *>(m_window->tabs()->currentWidget());
        if (!form || form->kindName() != kind)
            return nullptr;
        return QTest::qWaitFor([form] { return form->isLoaded(); }, 10000) ? form : nullptr;
    }

    void closeDiscarding(ObjectForm *form)
    {
        if (form->isModified())
            whenModal([](QWidget *dialog) {
                if (auto *box = qobject_cast<QMessageBox *>(dialog); box && box->button(QMessageBox::Discard))
                    box->button(QMessageBox::Discard)->click();
            });
        form->findChild<QAction *>(QStringLiteral("close"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->tabs()->indexOf(form) < 0, 10000);
    }

    // Opens the cell's editor as a double-click would and returns the widget that has the focus.
    QWidget *editCell(SectionEditor *lines, int row, const QString &field)
    {
        // A message box answered before leaves no window active: focus needs one.
        m_window->activateWindow();
        if (!QTest::qWaitForWindowActive(m_window))
            return nullptr;
        QTableView *view = lines->view();
        view->setFocus();
        const QModelIndex cell = lines->model()->index(row, lines->model()->columnOf(field));
        view->setCurrentIndex(cell);
        view->edit(cell);
        (void)QTest::qWaitFor([view] { return QApplication::focusWidget() && view->viewport()->isAncestorOf(QApplication::focusWidget()); }, 2000);
        return QApplication::focusWidget();
    }

    // A new sales order with the header filled and one line of the product (no quantity yet).
    ObjectForm *orderWithALine()
    {
        ObjectForm *form = newDocument(QStringLiteral("sales_orders"));
        if (!form)
            return nullptr;
        form->editor(QStringLiteral("organization"))->setValue(m_organization, QStringLiteral("Delta Obchod"));
        form->editor(QStringLiteral("warehouse"))->setValue(m_warehouse, QStringLiteral("Sklad Brno"));
        form->editor(QStringLiteral("partner"))->setValue(m_partner, QStringLiteral("Modrá Hvězda a.s."));
        form->editor(QStringLiteral("price_type"))->setValue(m_priceType, QStringLiteral("Velkoobchod"));
        SectionEditor *lines = form->sectionEditor(QStringLiteral("lines"));
        lines->addLine();
        lines->model()->setCell(0, lines->model()->columnOf(QStringLiteral("product")), m_product, QStringLiteral("Kabel CYKY 3x2,5"));
        return form;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        QApplication::setOrganizationName(QStringLiteral("ERP-test"));
        QApplication::setApplicationName(QStringLiteral("erp-documentform-test"));
        setPreferredLanguage(QStringLiteral("en"));
        applyLanguage();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY(m_server.start());
        m_other = m_server.connect();
        QVERIFY(m_other);
        m_organization = create(QStringLiteral("organizations"), map({{QStringLiteral("name"), QStringLiteral("Delta Obchod")}}));
        m_warehouse = create(QStringLiteral("warehouses"), map({{QStringLiteral("name"), QStringLiteral("Sklad Brno")}, {QStringLiteral("organization"), m_organization}}));
        const qint64 unit = create(QStringLiteral("units"), map({{QStringLiteral("code"), QStringLiteral("m")}, {QStringLiteral("name"), QStringLiteral("metr")}}));
        m_product = create(QStringLiteral("products"), map({{QStringLiteral("name"), QStringLiteral("Kabel CYKY 3x2,5")}, {QStringLiteral("unit"), unit}}));
        m_partner = create(QStringLiteral("partners"), map({{QStringLiteral("name"), QStringLiteral("Modrá Hvězda a.s.")},
                                                             {QStringLiteral("ico"), QStringLiteral("25596641")},
                                                             {QStringLiteral("dic"), QStringLiteral("CZ25596641")},
                                                             {QStringLiteral("street"), QStringLiteral("Údolní 12")},
                                                             {QStringLiteral("city"), QStringLiteral("Brno")},
                                                             {QStringLiteral("postal_code"), QStringLiteral("60200")}}));
        m_counterparty = create(QStringLiteral("counterparties"), map({{QStringLiteral("name"), QStringLiteral("Modrá Hvězda a.s.")}, {QStringLiteral("partner"), m_partner}}));
        m_priceType = create(QStringLiteral("price_types"), map({{QStringLiteral("code"), QStringLiteral("VO")}, {QStringLiteral("name"), QStringLiteral("Velkoobchod")}}));
        QVERIFY(m_organization && m_warehouse && unit && m_product && m_partner && m_counterparty && m_priceType);
        QVERIFY(create(QStringLiteral("contact_persons"), map({{QStringLiteral("name"), QStringLiteral("Jana Dvořáková")}, {QStringLiteral("partner"), m_partner}})));
        QVERIFY(postDocument(QStringLiteral("price_settings"),
                             map({{QStringLiteral("organization"), m_organization}, {QStringLiteral("price_type"), m_priceType},
                                  {QStringLiteral("date"), QStringLiteral("2026-01-01T00:00:00Z")}}),
                             {map({{QStringLiteral("product"), m_product}, {QStringLiteral("price"), QStringLiteral("25")}})}));
        QVERIFY(postDocument(QStringLiteral("goods_receipts"), map({{QStringLiteral("organization"), m_organization}, {QStringLiteral("warehouse"), m_warehouse},
                                                                    {QStringLiteral("date"), QStringLiteral("2026-01-02T00:00:00Z")}}),
                             {map({{QStringLiteral("product"), m_product}, {QStringLiteral("quantity"), QStringLiteral("100")}, {QStringLiteral("price"), QStringLiteral("10")}})}));

        QVERIFY(erp::test::openMainWindow(m_server, &m_session, &m_window));
    }

    void cleanupTestCase()
    {
        delete m_window;
        delete m_session;
    }

    // Under the lines: what is in stock, reserved and free of the current line's product in the
    // order's warehouse, as the server counts it; nothing for a line without a product.
    void showsTheStockOfTheCurrentLinesProduct()
    {
        ObjectForm *form = orderWithALine();
        QVERIFY(form);
        QVERIFY(form->lineInfo());
        SectionEditor *lines = form->sectionEditor(QStringLiteral("lines"));
        lines->view()->setCurrentIndex(lines->model()->index(0, lines->model()->columnOf(QStringLiteral("quantity"))));
        const erp::client::Reply r = m_other->call(QStringLiteral("warehouse.availability"),
                                                   map({{QStringLiteral("warehouse"), m_warehouse}, {QStringLiteral("product"), m_product}}));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QString free;
        for (const QCborValue &v : r.result.toMap().value(QStringLiteral("items")).toArray())
            if (v.toMap().value(QStringLiteral("name")).toString() == QLatin1String("free"))
                free = v.toMap().value(QStringLiteral("value")).toString();
        QVERIFY(!free.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(form->lineInfo()->shown().value(QStringLiteral("free")), free, 5000);
        QVERIFY2(form->lineInfo()->text().contains(QLatin1String("In stock")), qPrintable(form->lineInfo()->text()));
        lines->addLine();
        lines->view()->setCurrentIndex(lines->model()->index(1, lines->model()->columnOf(QStringLiteral("quantity"))));
        QTRY_VERIFY_WITH_TIMEOUT(form->lineInfo()->shown().isEmpty(), 5000);
        QVERIFY(form->lineInfo()->text().isEmpty());
    }

    // In a lines grid as in the header: a product typed in part and Tab takes the one match
    // (even before the server's answer) and moves on to the next cell.
    void tabInAGridCellTakesTheOneMatch()
    {
        ObjectForm *form = newDocument(QStringLiteral("sales_orders"));
        QVERIFY(form);
        SectionEditor *lines = form->sectionEditor(QStringLiteral("lines"));
        lines->addLine();
        QWidget *cell = editCell(lines, 0, QStringLiteral("product"));
        QVERIFY(cell);
        QTest::keyClicks(cell, QStringLiteral("kabel cyky"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // at once: the search is still on its way
        const int product = lines->model()->columnOf(QStringLiteral("product"));
        QTRY_COMPARE_WITH_TIMEOUT(lines->lines().at(0).toMap().value(QStringLiteral("product")).toInteger(), m_product, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(lines->view()->currentIndex().column() > product, 5000);
    }

    void recalculatesTotalsAsAQuantityIsTyped()
    {
        const int orders = count(QStringLiteral("sales_orders"));
        ObjectForm *form = orderWithALine();
        QVERIFY(form);
        SectionEditor *lines = form->sectionEditor(QStringLiteral("lines"));
        SectionModel *model = lines->model();
        const int price = model->columnOf(QStringLiteral("price"));
        const int amount = model->columnOf(QStringLiteral("amount"));
        // The product chosen: the server proposes the price type's price.
        QTRY_COMPARE_WITH_TIMEOUT(model->index(0, price).data().toString(), QStringLiteral("25.00"), 10000);
        QVERIFY(model->isAutoFilled(0, price));
        QWidget *quantity = editCell(lines, 0, QStringLiteral("quantity"));
        QVERIFY(quantity);
        QTest::keyClicks(quantity, QStringLiteral("4"));
        // As typed, without saving: the amount, the VAT and the totals come from the server.
        QTRY_COMPARE_WITH_TIMEOUT(model->index(0, amount).data().toString(), QStringLiteral("100.00"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(lineText(form, QStringLiteral("total")), QStringLiteral("121.00"), 10000);
        QCOMPARE(lineText(form, QStringLiteral("total_net")), QStringLiteral("100.00"));
        // The VAT rate the server chose is shown by its name, never as an id.
        const QString rate = model->index(0, model->columnOf(QStringLiteral("vat_rate"))).data().toString();
        QVERIFY2(!rate.isEmpty() && !rate.startsWith(u'#'), qPrintable(rate));
        QTest::keyClick(quantity, Qt::Key_Backspace);
        QTest::keyClicks(quantity, QStringLiteral("5"));
        QTRY_COMPARE_WITH_TIMEOUT(lineText(form, QStringLiteral("total")), QStringLiteral("151.25"), 10000);
        QCOMPARE(form->objectId(), 0);
        QCOMPARE(count(QStringLiteral("sales_orders")), orders); // nothing was saved

        // Computed fields look read-only and the keyboard passes them by.
        FieldEditor *total = form->editor(QStringLiteral("total"));
        QVERIFY(total->findChild<QLineEdit *>()->isReadOnly());
        QVERIFY(!(total->findChild<QLineEdit *>()->focusPolicy() & Qt::TabFocus));
        QVERIFY(total->findChild<QLineEdit *>()->palette().color(QPalette::Base) == total->palette().color(QPalette::Window));
        QVERIFY(!(model->index(0, amount).flags() & Qt::ItemIsEnabled));
        closeDiscarding(form);
    }

    void recalculatesThroughTheProtocolWithoutSaving()
    {
        const int orders = count(QStringLiteral("sales_orders"));
        const auto r = m_other->call(QStringLiteral("document.recalculate"),
                                     map({{QStringLiteral("kind"), QStringLiteral("sales_orders")},
                                          {QStringLiteral("values"), map({{QStringLiteral("organization"), m_organization}})},
                                          {QStringLiteral("sections"), map({{QStringLiteral("lines"), QCborArray{map({{QStringLiteral("product"), m_product},
                                                                                                                     {QStringLiteral("quantity"), QStringLiteral("2")},
                                                                                                                     {QStringLiteral("price"), QStringLiteral("7.5")}})}}})}}));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(r.result.toMap().value(QStringLiteral("values")).toMap().value(QStringLiteral("total")).toString(), QStringLiteral("18.1500"));
        QCOMPARE(r.result.toMap().value(QStringLiteral("sections")).toMap().value(QStringLiteral("lines")).toArray().at(0).toMap()
                     .value(QStringLiteral("amount")).toString(), QStringLiteral("15.0000"));
        QCOMPARE(count(QStringLiteral("sales_orders")), orders);
        const auto bad = m_other->call(QStringLiteral("document.recalculate"),
                                       map({{QStringLiteral("kind"), QStringLiteral("sales_orders")}, {QStringLiteral("values"), QCborMap()},
                                            {QStringLiteral("sections"), map({{QStringLiteral("lines"), QCborArray{map({{QStringLiteral("quantity"), QStringLiteral("x")}})}}})}}));
        QVERIFY(!bad.ok);
        QCOMPARE(bad.error.field, QStringLiteral("lines[1].quantity"));
    }

    void tabOnTheLastCellStartsANewLine()
    {
        ObjectForm *form = orderWithALine();
        QVERIFY(form);
        SectionEditor *lines = form->sectionEditor(QStringLiteral("lines"));
        SectionModel *model = lines->model();
        QWidget *rate = editCell(lines, 0, QStringLiteral("reservation")); // the last cell a clerk edits
        QVERIFY(rate);
        QTest::keyClick(rate, Qt::Key_Tab);
        QTRY_COMPARE(model->rowCount(), 2);
        QTRY_COMPARE(lines->view()->currentIndex(), model->index(1, model->columnOf(QStringLiteral("product"))));
        QTRY_VERIFY(QApplication::focusWidget() && lines->view()->viewport()->isAncestorOf(QApplication::focusWidget()));
        closeDiscarding(form);
    }

    void insertAddsALineWhileACellIsEdited()
    {
        ObjectForm *form = orderWithALine();
        QVERIFY(form);
        SectionEditor *lines = form->sectionEditor(QStringLiteral("lines"));
        SectionModel *model = lines->model();
        QWidget *quantity = editCell(lines, 0, QStringLiteral("quantity"));
        QTest::keyClicks(quantity, QStringLiteral("7"));
        QTest::keyClick(quantity, Qt::Key_Insert);
        QTRY_COMPARE(model->rowCount(), 2);
        QCOMPARE(model->value(0, model->columnOf(QStringLiteral("quantity"))).toString(), QStringLiteral("7.000"));
        QTRY_COMPARE(lines->view()->currentIndex().row(), 1);
        closeDiscarding(form);
    }

    void escapeCancelsOnlyTheCellEdit()
    {
        ObjectForm *form = orderWithALine();
        QVERIFY(form);
        SectionEditor *lines = form->sectionEditor(QStringLiteral("lines"));
        SectionModel *model = lines->model();
        const int column = model->columnOf(QStringLiteral("quantity"));
        QWidget *quantity = editCell(lines, 0, QStringLiteral("quantity"));
        QTest::keyClicks(quantity, QStringLiteral("9"));
        QTest::keyClick(quantity, Qt::Key_Escape);
        QTRY_VERIFY(!lines->view()->viewport()->isAncestorOf(QApplication::focusWidget()));
        QVERIFY(model->value(0, column).isNull()); // the typed 9 is gone
        QVERIFY(m_window->tabs()->indexOf(form) >= 0); // the document stays open
        // A second Esc closes the document as always, asking about the changes.
        bool asked = false;
        whenModal([&asked](QWidget *dialog) {
            if (auto *box = qobject_cast<QMessageBox *>(dialog)) {
                asked = true;
                box->button(QMessageBox::Discard)->click();
            }
        });
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(asked, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->tabs()->indexOf(form) < 0, 10000);
    }

    void remembersDefaultsFromOneNewDocumentToTheNext()
    {
        ObjectForm *form = orderWithALine();
        QVERIFY(form);
        SectionEditor *lines = form->sectionEditor(QStringLiteral("lines"));
        lines->model()->setCell(0, lines->model()->columnOf(QStringLiteral("quantity")), QStringLiteral("2"));
        QSignalSpy saved(form, &ObjectForm::saved);
        QSignalSpy failed(form, &ObjectForm::saveFailed);
        form->save();
        QTRY_VERIFY_WITH_TIMEOUT(saved.size() + failed.size() > 0, 10000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        form->findChild<QAction *>(QStringLiteral("close"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->tabs()->indexOf(form) < 0, 10000);

        ObjectForm *next = newDocument(QStringLiteral("sales_orders"));
        QVERIFY(next);
        QCOMPARE(next->editor(QStringLiteral("organization"))->value().toInteger(), m_organization);
        QCOMPARE(next->editor(QStringLiteral("warehouse"))->value().toInteger(), m_warehouse);
        QTRY_COMPARE_WITH_TIMEOUT(lineText(next, QStringLiteral("organization")), QStringLiteral("Delta Obchod"), 10000);
        QVERIFY(next->editor(QStringLiteral("partner"))->value().isNull()); // the customer is chosen anew
        const QDateTime date = QDateTime::fromString(next->editor(QStringLiteral("date"))->value().toString(), Qt::ISODateWithMs);
        QCOMPARE(date.toLocalTime().date(), QDate::currentDate());
        // Another kind keeps its own.
        ObjectForm *receipt = newDocument(QStringLiteral("goods_receipts"));
        QVERIFY(receipt);
        QVERIFY(receipt->editor(QStringLiteral("organization"))->value().isNull());
        closeDiscarding(receipt);
        closeDiscarding(next);
    }

    void createsAShipmentBasedOnTheOrder()
    {
        m_order = postDocument(QStringLiteral("sales_orders"),
                               map({{QStringLiteral("organization"), m_organization}, {QStringLiteral("warehouse"), m_warehouse},
                                    {QStringLiteral("partner"), m_partner}, {QStringLiteral("counterparty"), m_counterparty}}),
                               {map({{QStringLiteral("product"), m_product}, {QStringLiteral("quantity"), QStringLiteral("6")},
                                     {QStringLiteral("price"), QStringLiteral("30")}})});
        QVERIFY(m_order);
        ObjectForm *order = m_window->openForm(QStringLiteral("sales_orders"), m_order);
        QTRY_VERIFY_WITH_TIMEOUT(order->isLoaded(), 10000);
        QAction *basedOn = order->findChild<QAction *>(QStringLiteral("createBasedOn"));
        QVERIFY(basedOn && basedOn->isEnabled());
        QCOMPARE(basedOn->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
        QAction *shipments = order->findChild<QAction *>(QStringLiteral("basedOn_shipments"));
        QVERIFY(shipments);
        QVERIFY(basedOn->menu()->actions().contains(shipments));
        QVERIFY(order->findChild<QAction *>(QStringLiteral("basedOn_sales_invoices")));
        shipments->trigger();
        ObjectForm *shipment = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((shipment = currentForm(QStringLiteral("shipments"))), 10000);
        QCOMPARE(shipment->objectId(), 0);
        QVERIFY(shipment->isModified()); // filled, not saved: closing would ask
        QCOMPARE(shipment->editor(QStringLiteral("partner"))->value().toInteger(), m_partner);
        SectionModel *lines = shipment->sectionEditor(QStringLiteral("lines"))->model();
        QCOMPARE(lines->rowCount(), 1);
        QCOMPARE(lines->value(0, lines->columnOf(QStringLiteral("quantity"))).toString(), QStringLiteral("6.000"));
        QCOMPARE(lines->displayName(0, lines->columnOf(QStringLiteral("product"))), QStringLiteral("Kabel CYKY 3x2,5"));
        QSignalSpy saved(shipment, &ObjectForm::saved);
        shipment->postAndClose();
        QVERIFY(saved.wait(10000));
        m_shipment = saved.value(0).value(1).toLongLong();
        QVERIFY(m_shipment > 0);
        QCOMPARE(m_other->call(QStringLiteral("document.read"), map({{QStringLiteral("kind"), QStringLiteral("shipments")}, {QStringLiteral("id"), m_shipment}}))
                     .result.toMap().value(QStringLiteral("sales_order")).toInteger(), m_order);
    }

    void createsBasedOnFromTheList()
    {
        const qint64 order = postDocument(QStringLiteral("sales_orders"),
                                          map({{QStringLiteral("organization"), m_organization}, {QStringLiteral("warehouse"), m_warehouse},
                                               {QStringLiteral("partner"), m_partner}}),
                                          {map({{QStringLiteral("product"), m_product}, {QStringLiteral("quantity"), QStringLiteral("2")},
                                                {QStringLiteral("price"), QStringLiteral("30")}})});
        QVERIFY(order);
        ListWidget *list = openedList(QStringLiteral("sales_orders"));
        QTRY_VERIFY_WITH_TIMEOUT(list->model()->rowOfId(order) >= 0, 10000);
        list->selectId(order);
        QAction *basedOn = list->findChild<QAction *>(QStringLiteral("createBasedOn"));
        QVERIFY(basedOn);
        QTRY_VERIFY(basedOn->isEnabled());
        QVERIFY(list->view()->actions().contains(basedOn)); // in the rows' context menu
        QVERIFY(basedOn->toolTip().contains(basedOn->shortcut().toString(QKeySequence::NativeText)));
        list->findChild<QAction *>(QStringLiteral("basedOn_shipments"))->trigger();
        ObjectForm *shipment = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((shipment = currentForm(QStringLiteral("shipments"))), 10000);
        QCOMPARE(shipment->objectId(), 0);
        SectionModel *lines = shipment->sectionEditor(QStringLiteral("lines"))->model();
        QCOMPARE(lines->rowCount(), 1);
        QCOMPARE(lines->value(0, lines->columnOf(QStringLiteral("quantity"))).toString(), QStringLiteral("2.000"));
        closeDiscarding(shipment);
    }

    void saysSoWhenNothingRemains()
    {
        ObjectForm *order = m_window->openForm(QStringLiteral("sales_orders"), m_order);
        QTRY_VERIFY_WITH_TIMEOUT(order->isLoaded(), 10000);
        const int tabs = m_window->tabs()->count();
        QString message;
        whenModal([&message](QWidget *dialog) {
            if (auto *box = qobject_cast<QMessageBox *>(dialog)) {
                message = box->objectName() + u':' + box->text();
                box->accept();
            }
        });
        order->findChild<QAction *>(QStringLiteral("basedOn_shipments"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!message.isEmpty(), 10000);
        QVERIFY2(message.startsWith(QLatin1String("nothingToPropose:Nothing remains")), qPrintable(message));
        QCOMPARE(m_window->tabs()->count(), tabs); // no empty document was opened
    }

    void listsTheRelatedDocumentsAndOpensOne()
    {
        ObjectForm *order = m_window->openForm(QStringLiteral("sales_orders"), m_order);
        QTRY_VERIFY_WITH_TIMEOUT(order->isLoaded(), 10000);
        RelatedPanel *panel = order->relatedPanel();
        QVERIFY(panel && panel->isVisible());
        panel->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(panel->tree()->topLevelItemCount(), 1, 10000);
        QTreeWidgetItem *item = panel->tree()->topLevelItem(0);
        QTRY_COMPARE_WITH_TIMEOUT(item->text(0), QStringLiteral("Shipments"), 10000);
        QVERIFY(item->text(1).startsWith(QLatin1String("SH-")) || !item->text(1).isEmpty());
        QCOMPARE(item->text(3), QStringLiteral("Posted"));
        // An invoice made elsewhere from the shipment (the order is invoiced per shipment)
        // refers to the order too, and appears by itself (server push).
        const erp::client::Reply proposed = m_other->call(QStringLiteral("document.basedOn"),
                                                map({{QStringLiteral("kind"), QStringLiteral("sales_invoices")},
                                                     {QStringLiteral("from"), map({{QStringLiteral("kind"), QStringLiteral("shipments")}, {QStringLiteral("id"), m_shipment}})}}));
        QVERIFY2(proposed.ok, qPrintable(proposed.error.message));
        const QCborMap proposal = proposed.result.toMap();
        QVERIFY(postDocument(QStringLiteral("sales_invoices"), proposal.value(QStringLiteral("values")).toMap(),
                             proposal.value(QStringLiteral("sections")).toMap().value(QStringLiteral("lines")).toArray()));
        QTRY_COMPARE_WITH_TIMEOUT(panel->tree()->topLevelItemCount(), 2, 10000);
        // Enter opens the shipment.
        for (int i = 0; i < panel->tree()->topLevelItemCount(); ++i)
            if (panel->tree()->topLevelItem(i)->text(0) == QLatin1String("Shipments"))
                panel->tree()->setCurrentItem(panel->tree()->topLevelItem(i));
        panel->tree()->setFocus();
        QTest::keyClick(panel->tree(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->formTab(QStringLiteral("shipments"), m_shipment), 10000);
        ObjectForm *shipment = m_window->formTab(QStringLiteral("shipments"), m_shipment);
        QTRY_VERIFY_WITH_TIMEOUT(shipment->isLoaded(), 10000);
        // The shipment's own panel shows the chain the other way: its order.
        QTRY_VERIFY_WITH_TIMEOUT(shipment->relatedPanel()->tree()->topLevelItemCount() >= 1, 10000);
        const auto kinds = [shipment] {
            QStringList out;
            for (int i = 0; i < shipment->relatedPanel()->tree()->topLevelItemCount(); ++i)
                out.append(shipment->relatedPanel()->tree()->topLevelItem(i)->text(0));
            return out;
        };
        QTRY_VERIFY_WITH_TIMEOUT(kinds().contains(QStringLiteral("Sales orders")), 10000);
    }

    void printIsCtrlPAndPostingHasItsOwnKey()
    {
        ObjectForm *order = m_window->openForm(QStringLiteral("sales_orders"), m_order);
        QTRY_VERIFY_WITH_TIMEOUT(order->isLoaded(), 10000);
        QAction *print = order->findChild<QAction *>(QStringLiteral("print"));
        QVERIFY(print);
        QCOMPARE(print->shortcut(), QKeySequence(QKeySequence::Print));
        QAction *post = order->findChild<QAction *>(QStringLiteral("post"));
        QVERIFY(post);
        QVERIFY(!post->shortcut().isEmpty());
        QVERIFY(post->shortcut() != QKeySequence(QKeySequence::Print));
        QVERIFY(post->toolTip().contains(post->shortcut().toString(QKeySequence::NativeText)));
        for (QAction *a : order->actions())
            if (a != print)
                QVERIFY2(a->shortcut() != QKeySequence(QKeySequence::Print), qPrintable(a->objectName()));
    }

    void showsThePartnersCounterpartiesContactsAndDocuments()
    {
        ObjectForm *partner = m_window->openForm(QStringLiteral("partners"), m_partner);
        QTRY_VERIFY_WITH_TIMEOUT(partner->isLoaded(), 10000);
        auto *pages = partner->findChild<QTabWidget *>(QStringLiteral("pages"));
        QVERIFY(pages);
        QStringList titles;
        for (int i = 0; i < pages->count(); ++i)
            titles << pages->tabText(i);
        QVERIFY2(titles.contains(QStringLiteral("Counterparties")) && titles.contains(QStringLiteral("Contact persons"))
                     && titles.contains(QStringLiteral("Documents")),
                 qPrintable(titles.join(u',')));
        RelatedList *entities = partner->relatedList(0);
        RelatedList *contacts = partner->relatedList(1);
        RelatedList *documents = partner->relatedList(2);
        QVERIFY(entities && contacts && documents);
        QTRY_VERIFY_WITH_TIMEOUT(entities->model(QStringLiteral("counterparties"))
                                     && entities->model(QStringLiteral("counterparties"))->rowOfId(m_counterparty) >= 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(contacts->model(QStringLiteral("contact_persons")) && contacts->model(QStringLiteral("contact_persons"))->rowCount() == 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(documents->model(QStringLiteral("sales_orders")), 10000);
        documents->showKind(QStringLiteral("sales_orders"));
        QCOMPARE(documents->currentKind(), QStringLiteral("sales_orders"));
        QTRY_VERIFY_WITH_TIMEOUT(documents->model(QStringLiteral("sales_orders"))->rowOfId(m_order) >= 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(documents->model(QStringLiteral("shipments")) && documents->model(QStringLiteral("shipments"))->rowOfId(m_shipment) >= 0, 10000);
        // Only the partner's: an order of another partner is not listed.
        const qint64 other = create(QStringLiteral("partners"), map({{QStringLiteral("name"), QStringLiteral("Jiný zákazník")}}));
        const qint64 foreign = postDocument(QStringLiteral("sales_orders"),
                                            map({{QStringLiteral("organization"), m_organization}, {QStringLiteral("warehouse"), m_warehouse}, {QStringLiteral("partner"), other}}),
                                            {map({{QStringLiteral("product"), m_product}, {QStringLiteral("quantity"), QStringLiteral("1")}, {QStringLiteral("price"), QStringLiteral("1")}})});
        QVERIFY(foreign);
        QTest::qWait(600);
        QTRY_VERIFY_WITH_TIMEOUT(!documents->model(QStringLiteral("sales_orders"))->isBusy(), 10000);
        QVERIFY(documents->model(QStringLiteral("sales_orders"))->rowOfId(foreign) < 0);
        QVERIFY(documents->model(QStringLiteral("sales_orders"))->rowOfId(m_order) >= 0);

        // A new counterparty from the partner's tab starts from its IČO, DIČ and address.
        pages->setCurrentIndex(titles.indexOf(QStringLiteral("Counterparties")));
        entities->createAction()->trigger();
        ObjectForm *entity = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((entity = currentForm(QStringLiteral("counterparties"))), 10000);
        QCOMPARE(entity->objectId(), 0);
        QCOMPARE(entity->editor(QStringLiteral("partner"))->value().toInteger(), m_partner);
        QCOMPARE(entity->editor(QStringLiteral("ico"))->value().toString(), QStringLiteral("25596641"));
        QCOMPARE(entity->editor(QStringLiteral("dic"))->value().toString(), QStringLiteral("CZ25596641"));
        QCOMPARE(entity->editor(QStringLiteral("street"))->value().toString(), QStringLiteral("Údolní 12"));
        QCOMPARE(entity->editor(QStringLiteral("city"))->value().toString(), QStringLiteral("Brno"));
        QCOMPARE(entity->editor(QStringLiteral("postal_code"))->value().toString(), QStringLiteral("60200"));
        QCOMPARE(lineText(entity, QStringLiteral("partner")), QStringLiteral("Modrá Hvězda a.s."));
        QVERIFY(entity->isModified());
        entity->editor(QStringLiteral("name"))->setValue(QStringLiteral("Modrá Hvězda Slovakia s.r.o."));
        QSignalSpy saved(entity, &ObjectForm::saved);
        entity->saveAndClose();
        QVERIFY(saved.wait(10000));
        const qint64 created = saved.value(0).value(1).toLongLong();
        QCOMPARE(m_other->call(QStringLiteral("catalog.read"), map({{QStringLiteral("kind"), QStringLiteral("counterparties")}, {QStringLiteral("id"), created}}))
                     .result.toMap().value(QStringLiteral("ico")).toString(),
                 QStringLiteral("25596641"));
        // The partner's tab follows.
        QTRY_VERIFY_WITH_TIMEOUT(entities->model(QStringLiteral("counterparties"))->rowOfId(created) >= 0, 10000);
    }
};

QTEST_MAIN(TestDocumentForm)
#include "tst_documentform.moc"
