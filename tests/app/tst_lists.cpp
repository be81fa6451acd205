// Reference fields and document lists in the real client against a real server: type-ahead
// that finds words anywhere and takes the one match on Tab, text that matches nothing marked at
// once, the chosen partner's counterparties offered first, Enter in the choice list, a column
// chooser remembered per user and kind, the totals row and row count of everything the list
// selects, rows copied for a spreadsheet, the row's context menu; screenshots in English and Czech.
#include "connection.h"
#include "core/clientsession.h"
#include "core/language.h"
#include "form/editors/refeditor.h"
#include "form/objectform.h"
#include "guisession.h"
#include "guitest.h"
#include "i18n/language.h"
#include "list/choicedialog.h"
#include "list/listmodel.h"
#include "list/listwidget.h"
#include "list/totalsbar.h"
#include "main/mainwindow.h"
#include "serverprocess.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCborArray>
#include <QClipboard>
#include <QCompleter>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace erp::app;
using erp::test::map;
using erp::test::saveScreenshot;
using erp::test::ServerProcess;
using erp::test::typeText;

namespace {

} // namespace

class TestLists : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;
    QDir m_shots;
    ServerProcess m_server;
    std::unique_ptr<erp::client::Connection> m_other;
    ClientSession *m_session = nullptr;
    MainWindow *m_window = nullptr;
    qint64 m_org = 0, m_product = 0, m_kriz = 0, m_novakova = 0;
    qint64 m_krizStavby = 0, m_krizServis = 0, m_novakovaStavby = 0;
    static constexpr int Invoices = 205; // more than a page: the totals must not be the page's

    qint64 create(const QString &kind, const QCborMap &values)
    {
        const erp::client::Reply r = m_other->call(QStringLiteral("catalog.create"),
                                                   map({{QStringLiteral("kind"), kind}, {QStringLiteral("values"), values}}));
        if (!r.ok)
            qWarning() << kind << r.error.message;
        return r.result.toMap().value(QStringLiteral("id")).toInteger();
    }

    ListWidget *openedList(MainWindow *window, const QString &kind)
    {
        if (ListWidget *list = window->listTab(kind))
            return list;
        QSignalSpy opened(window, &MainWindow::listOpened);
        window->openList(kind);
        opened.wait(10000);
        ListWidget *list = window->listTab(kind);
        if (list && !QTest::qWaitFor([list] { return !list->model()->isBusy() && list->model()->totalCount(); }, 10000))
            qWarning() << kind << "did not load";
        return list;
    }

    void closeList(MainWindow *window, const QString &kind)
    {
        ListWidget *list = window->listTab(kind);
        window->tabs()->removeTab(window->tabs()->indexOf(list));
        delete list;
    }

    // Closes the forms the tests left open (unsaved on purpose), for tidy screenshots.
    static void closeForms(MainWindow *window)
    {
        for (int i = window->tabs()->count() - 1; i >= 0; --i)
            if (auto *form = qobject_cast<ObjectForm *>(window->tabs()->widget(i))) {
                window->tabs()->removeTab(i);
                form->deleteLater();
            }
    }

    ObjectForm *newInvoice()
    {
        ObjectForm *form = m_window->openForm(QStringLiteral("sales_invoices"), 0);
        return QTest::qWaitFor([form] { return form->isLoaded(); }, 10000) ? form : nullptr;
    }

    static RefEditor *refOf(ObjectForm *form, const QString &field)
    {
        return qobject_cast<RefEditor *>(form->editor(field));
    }

    static QAbstractItemView *popupOf(RefEditor *editor)
    {
        QAbstractItemView *popup = editor->findChild<QCompleter *>()->popup();
        popup->setProperty("erpField", QVariant::fromValue<QWidget *>(editor->findChild<QLineEdit *>()));
        return popup;
    }

    void shoot(const QImage &image, const QString &name) { saveScreenshot(image, m_shots, name); }

    // The window with a popup (a menu, a completer's list) drawn where it shows.
    static QImage withPopup(QWidget *window, QWidget *popup)
    {
        // The offscreen screen is 800 pixels wide: a completer's list beyond it was moved left
        // to fit; on a real screen it opens under its field, as drawn here.
        if (auto *list = qobject_cast<QAbstractItemView *>(popup))
            if (QWidget *field = list->property("erpField").value<QWidget *>())
                popup->move(field->mapToGlobal(QPoint(0, field->height())));
        QCoreApplication::processEvents();
        QImage image = window->grab().toImage();
        QPainter painter(&image);
        painter.drawImage(window->mapFromGlobal(popup->mapToGlobal(QPoint(0, 0))), popup->grab().toImage());
        return image;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        QApplication::setOrganizationName(QStringLiteral("ERP-test"));
        QApplication::setApplicationName(QStringLiteral("erp-lists-test"));
        setPreferredLanguage(QStringLiteral("en"));
        applyLanguage();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_shots = QDir(qEnvironmentVariable("ERP_SCREENSHOT_DIR", QDir::current().filePath(QStringLiteral("screenshots"))));
        QVERIFY(m_shots.mkpath(QStringLiteral(".")));
        QVERIFY(m_server.start());
        m_other = m_server.connect();
        QVERIFY(m_other);
        m_org = create(QStringLiteral("organizations"), map({{QStringLiteral("name"), QStringLiteral("Alfa Obchod s.r.o.")}}));
        const qint64 unit = create(QStringLiteral("units"), map({{QStringLiteral("code"), QStringLiteral("h")}, {QStringLiteral("name"), QStringLiteral("hodina")}}));
        m_product = create(QStringLiteral("products"), map({{QStringLiteral("name"), QStringLiteral("Montáž")}, {QStringLiteral("unit"), unit},
                                                            {QStringLiteral("product_type"), QStringLiteral("service")}}));
        m_kriz = create(QStringLiteral("partners"), map({{QStringLiteral("name"), QStringLiteral("Tomáš Kříž")}}));
        m_novakova = create(QStringLiteral("partners"), map({{QStringLiteral("name"), QStringLiteral("Jana Nováková")}}));
        create(QStringLiteral("partners"), map({{QStringLiteral("name"), QStringLiteral("Krize a spol.")}}));
        auto entity = [&](const QString &name, qint64 partner) {
            return create(QStringLiteral("counterparties"), map({{QStringLiteral("name"), name}, {QStringLiteral("partner"), partner}}));
        };
        m_krizStavby = entity(QStringLiteral("Kříž Stavby s.r.o."), m_kriz);
        m_krizServis = entity(QStringLiteral("Kříž Servis s.r.o."), m_kriz);
        m_novakovaStavby = entity(QStringLiteral("Stavby Nováková a.s."), m_novakova);
        QVERIFY(m_org && m_product && m_kriz && m_novakova && m_krizStavby && m_krizServis && m_novakovaStavby);

        QVERIFY(erp::test::openMainWindow(m_server, &m_session, &m_window));
    }

    void cleanupTestCase()
    {
        delete m_window;
        delete m_session;
    }

    void typeAheadFindsWordsAnywhereAndTabTakesTheOneMatch()
    {
        ObjectForm *form = newInvoice();
        QVERIFY(form);
        RefEditor *partner = refOf(form, QStringLiteral("partner"));
        QVERIFY(partner);
        auto *edit = partner->findChild<QLineEdit *>();
        edit->setFocus();
        typeText(edit, QStringLiteral("kriz")); // no accents, not the first word
        QTRY_VERIFY_WITH_TIMEOUT(popupOf(partner)->isVisible(), 10000);
        // "kriz" is in "Tomáš Kříž" and "Krize a spol.": Tab does not guess between two.
        QCOMPARE(popupOf(partner)->model()->rowCount(), 2);
        // In the list, Enter takes the highlighted row; with none highlighted it waits for a pick.
        QTest::keyClick(popupOf(partner), Qt::Key_Return);
        QVERIFY(popupOf(partner)->isVisible());
        QCOMPARE(partner->value(), QCborValue(QCborValue::Null));
        QVERIFY(!popupOf(partner)->currentIndex().isValid());
        popupOf(partner)->setCurrentIndex(popupOf(partner)->model()->index(1, 0)); // "Krize a spol." starts with it, so it comes first
        QTest::keyClick(popupOf(partner), Qt::Key_Return);
        QCOMPARE(partner->value(), QCborValue(m_kriz));
        QVERIFY(!popupOf(partner)->isVisible());
        edit->selectAll();
        typeText(edit, QStringLiteral("tom kri"));
        QTRY_VERIFY_WITH_TIMEOUT(popupOf(partner)->isVisible() && popupOf(partner)->model()->rowCount() == 1, 10000);
        QTest::keyClick(edit, Qt::Key_Tab);
        QCOMPARE(partner->value(), QCborValue(m_kriz));
        QCOMPARE(edit->text(), QStringLiteral("Tomáš Kříž"));
        QVERIFY(!edit->hasFocus()); // Tab went on to the next field
        QVERIFY(!partner->isMarked());

        // Tab typed faster than the answer: it waits for it, takes the one match, then moves on.
        edit->setFocus();
        edit->selectAll();
        typeText(edit, QStringLiteral("NOVAK"));
        QTest::keyClick(edit, Qt::Key_Tab);
        QTRY_COMPARE_WITH_TIMEOUT(partner->value(), QCborValue(m_novakova), 10000);
        QCOMPARE(edit->text(), QStringLiteral("Jana Nováková"));
        QTRY_VERIFY(!edit->hasFocus());

        // Enter with one match takes it too.
        edit->setFocus();
        edit->selectAll();
        typeText(edit, QStringLiteral("spol"));
        QTRY_VERIFY_WITH_TIMEOUT(popupOf(partner)->isVisible(), 10000);
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(partner->value().isInteger());
        QCOMPARE(edit->text(), QStringLiteral("Krize a spol."));
    }

    void textThatMatchesNothingIsMarkedAtOnce()
    {
        ObjectForm *form = newInvoice();
        RefEditor *partner = refOf(form, QStringLiteral("partner"));
        auto *edit = partner->findChild<QLineEdit *>();
        edit->setFocus();
        typeText(edit, QStringLiteral("qqxz"));
        QVERIFY(!partner->isMarked()); // not before the server has answered
        QTRY_VERIFY_WITH_TIMEOUT(partner->isMarked(), 10000);
        QVERIFY(edit->toolTip().contains(QLatin1String("Nothing matches \"qqxz\"")));
        QVERIFY(!edit->styleSheet().isEmpty()); // the red frame
        QCOMPARE(edit->text(), QStringLiteral("qqxz")); // kept for correcting, not cleared
        QCOMPARE(partner->value(), QCborValue(QCborValue::Null));
        QCOMPARE(partner->inputError(), QStringLiteral("nothing matches \"qqxz\""));
        // Saving refuses it, naming the field, and nothing is created.
        const qint64 before = m_other->call(QStringLiteral("document.list"), map({{QStringLiteral("kind"), QStringLiteral("sales_invoices")}, {QStringLiteral("totals"), QCborArray{}}}))
                                  .result.toMap().value(QStringLiteral("count")).toInteger();
        QTest::keyClick(edit, Qt::Key_S, Qt::ControlModifier);
        auto *error = form->findChild<QLabel *>(QStringLiteral("error_partner"));
        QTRY_VERIFY_WITH_TIMEOUT(error && error->isVisible(), 5000);
        QCOMPARE(m_other->call(QStringLiteral("document.list"), map({{QStringLiteral("kind"), QStringLiteral("sales_invoices")}, {QStringLiteral("totals"), QCborArray{}}}))
                     .result.toMap().value(QStringLiteral("count")).toInteger(), before);
        // Correcting the text takes the mark away.
        edit->selectAll();
        typeText(edit, QStringLiteral("Jana"));
        QVERIFY(!partner->isMarked());
        QTRY_VERIFY_WITH_TIMEOUT(popupOf(partner)->isVisible(), 10000);
        QTest::keyClick(edit, Qt::Key_Tab);
        QCOMPARE(partner->value(), QCborValue(m_novakova));
    }

    void offersThePartnersCounterpartiesFirst()
    {
        ObjectForm *form = newInvoice();
        refOf(form, QStringLiteral("partner"))->setValue(m_novakova, QStringLiteral("Jana Nováková"));
        RefEditor *counterparty = refOf(form, QStringLiteral("counterparty"));
        auto *edit = counterparty->findChild<QLineEdit *>();
        edit->setFocus();
        typeText(edit, QStringLiteral("stavby"));
        QTRY_VERIFY_WITH_TIMEOUT(popupOf(counterparty)->isVisible() && popupOf(counterparty)->model()->rowCount() == 2, 10000);
        const QModelIndex first = popupOf(counterparty)->model()->index(0, 0);
        QVERIFY2(first.data().toString().startsWith(QStringLiteral("Stavby Nováková")), qPrintable(first.data().toString()));
        QVERIFY(first.data(Qt::FontRole).value<QFont>().bold()); // the partner's own, marked
        QVERIFY(!popupOf(counterparty)->model()->index(1, 0).data(Qt::FontRole).value<QFont>().bold());
        // Two match, one of them the partner's: Tab takes the partner's.
        QTest::keyClick(edit, Qt::Key_Tab);
        QCOMPARE(counterparty->value(), QCborValue(m_novakovaStavby));

        // The choice list (F4) opens filtered to the partner's own, with a way to see all.
        refOf(form, QStringLiteral("partner"))->setValue(m_kriz, QStringLiteral("Tomáš Kříž"));
        counterparty->setValue(QCborValue(QCborValue::Null));
        QCOMPARE(counterparty->priorityFilters().size(), 1);
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_F4);
        ChoiceDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = form->findChild<ChoiceDialog *>()) && dialog->isVisible(), 10000);
        ListWidget *list = dialog->list();
        QTRY_VERIFY_WITH_TIMEOUT(!list->model()->isBusy() && list->model()->rowCount() == 2, 10000);
        QVERIFY(list->model()->rowOfId(m_novakovaStavby) < 0);
        auto *filterBar = list->findChild<QLabel *>(QStringLiteral("filterBar"));
        QVERIFY(filterBar->isVisible());
        QVERIFY2(filterBar->text().contains(QStringLiteral("Tomáš Kříž")), qPrintable(filterBar->text()));
        QCoreApplication::processEvents();
        shoot(dialog->grab().toImage(), QStringLiteral("counterparty-choice-en"));
        Q_EMIT filterBar->linkActivated(QStringLiteral("clear"));
        QTRY_VERIFY_WITH_TIMEOUT(!list->model()->isBusy() && list->model()->rowCount() == 3, 10000);

        // Enter in the choice list takes the highlighted row: the first found.
        list->searchField()->setFocus();
        typeText(list->searchField(), QStringLiteral("servis"));
        QTest::keyClick(list->searchField(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(counterparty->value(), QCborValue(m_krizServis), 10000);
        QCOMPARE(counterparty->displayText(), QStringLiteral("Kříž Servis s.r.o."));
        QTRY_VERIFY(!dialog || !dialog->isVisible());
    }

    void enterInTheChoiceListTakesTheSelectedRow()
    {
        ObjectForm *form = newInvoice();
        RefEditor *counterparty = refOf(form, QStringLiteral("counterparty"));
        counterparty->findChild<QLineEdit *>()->setFocus();
        counterparty->choose();
        ChoiceDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = form->findChild<ChoiceDialog *>()) && dialog->isVisible(), 10000);
        ListWidget *list = dialog->list();
        QTRY_VERIFY_WITH_TIMEOUT(!list->model()->isBusy() && list->model()->rowCount() == 3, 10000);
        list->view()->setFocus();
        list->selectId(m_krizStavby);
        QTest::keyClick(list->view(), Qt::Key_Return);
        QCOMPARE(counterparty->value(), QCborValue(m_krizStavby));
    }

    void listsTheCounterpartyTotalAndDueDate()
    {
        // Invoices of both customers, more than one page of them.
        for (int i = 0; i < Invoices; ++i) {
            QCborMap p = map({{QStringLiteral("kind"), QStringLiteral("sales_invoices")},
                              {QStringLiteral("values"), map({{QStringLiteral("organization"), m_org},
                                                              {QStringLiteral("partner"), i % 3 ? m_kriz : m_novakova},
                                                              {QStringLiteral("counterparty"), i % 3 ? m_krizStavby : m_novakovaStavby},
                                                              {QStringLiteral("date"), QStringLiteral("2026-11-%1T09:00:00Z").arg(1 + i % 28, 2, 10, QLatin1Char('0'))},
                                                              {QStringLiteral("due_date"), QStringLiteral("2026-12-%1").arg(1 + i % 28, 2, 10, QLatin1Char('0'))}})},
                              {QStringLiteral("sections"), map({{QStringLiteral("lines"), QCborArray{map({{QStringLiteral("product"), m_product},
                                                                                                         {QStringLiteral("quantity"), QStringLiteral("1")},
                                                                                                         {QStringLiteral("price"), QStringLiteral("%1.50").arg(1000 + i)}})}}})}});
            const erp::client::Reply r = m_other->call(QStringLiteral("document.create"), p);
            QVERIFY2(r.ok, qPrintable(r.error.message));
        }
        ListWidget *list = openedList(m_window, QStringLiteral("sales_invoices"));
        QVERIFY(list);
        QCOMPARE(list->shownColumns(), (QStringList{QStringLiteral("date"), QStringLiteral("number"), QStringLiteral("status"),
                                                    QStringLiteral("counterparty"), QStringLiteral("total"),
                                                    QStringLiteral("open_amount"), QStringLiteral("currency"),
                                                    QStringLiteral("due_date")}));
        const int row = list->model()->rowOfId(list->model()->idAt(0));
        // A draft posts nothing: nothing of it is open (derived from settlements by the server).
        QCOMPARE(list->model()->rowAt(row).value(QStringLiteral("open_amount")).toString().toDouble(), 0.0);
        QVERIFY(!list->model()->index(row, list->model()->columnOf(QStringLiteral("counterparty"))).data().toString().isEmpty());
        QVERIFY(list->model()->index(row, list->model()->columnOf(QStringLiteral("due_date"))).data().toString().contains(QLatin1String("Dec 2026")));
    }

    void totalsRowSumsEverythingTheListSelects()
    {
        ListWidget *list = openedList(m_window, QStringLiteral("sales_invoices"));
        QCOMPARE(list->model()->rowCount(), ListModel::PageSize); // one page loaded...
        QCOMPARE(list->totalsBar()->countText(), QStringLiteral("Rows: %1").arg(Invoices)); // ...all counted
        // The sum of every invoice, computed here from the server's rows one page after another.
        qint64 cents = 0;
        QCborMap p = map({{QStringLiteral("kind"), QStringLiteral("sales_invoices")}, {QStringLiteral("limit"), 1000}});
        for (const QCborValue &r : m_other->call(QStringLiteral("document.list"), p).result.toMap().value(QStringLiteral("rows")).toArray())
            cents += qRound64(r.toMap().value(QStringLiteral("total")).toString().toDouble() * 100);
        const QString expected = QLocale().toString(double(cents) / 100, 'f', 2);
        const int totalColumn = list->model()->columnOf(QStringLiteral("total"));
        QCOMPARE(list->totalsBar()->totalAt(totalColumn), expected);
        QVERIFY(list->totalsBar()->totalAt(list->model()->columnOf(QStringLiteral("number"))).isEmpty());

        // A filter changes both: one customer's invoices only.
        list->setFilters(QCborArray{map({{QStringLiteral("field"), QStringLiteral("counterparty")},
                                         {QStringLiteral("value"), m_novakovaStavby},
                                         {QStringLiteral("display"), QStringLiteral("Stavby Nováková a.s.")}})});
        const int theirs = (Invoices + 2) / 3;
        QTRY_COMPARE_WITH_TIMEOUT(list->totalsBar()->countText(), QStringLiteral("Rows: %1").arg(theirs), 10000);
        QCOMPARE(list->model()->rowCount(), theirs);
        list->setFilters({});
        QTRY_COMPARE_WITH_TIMEOUT(list->totalsBar()->countText(), QStringLiteral("Rows: %1").arg(Invoices), 10000);
    }

    void copiesRowsForASpreadsheet()
    {
        ListWidget *list = openedList(m_window, QStringLiteral("sales_invoices"));
        list->view()->setFocus();
        list->view()->selectRow(0);
        list->view()->selectionModel()->select(list->model()->index(1, 0),
                                               QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QTest::keyClick(list->view(), Qt::Key_C, Qt::ControlModifier);
        const QMimeData *data = QApplication::clipboard()->mimeData();
        QVERIFY(data);
        const QStringList lines = data->text().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], QStringLiteral("Date\tNumber\tStatus\tCounterparty\tTotal\tOpen amount\tCurrency\tDue date"));
        const QStringList cells = lines[1].split(u'\t');
        QCOMPARE(cells.size(), 8);
        const QCborMap first = list->model()->rowAt(0);
        QCOMPARE(cells[1], first.value(QStringLiteral("number")).toString());
        // 1,234.50 is written without grouping, so that the spreadsheet reads a number.
        QCOMPARE(cells[4], QLocale().toString(first.value(QStringLiteral("total")).toString().toDouble(), 'f', 2).remove(QLocale().groupSeparator()));
        QVERIFY(!cells[4].contains(u','));
        QVERIFY(data->hasHtml());
        QVERIFY(data->html().contains(QLatin1String("<table")));
        QCOMPARE(data->html().count(QLatin1String("<tr>")), 3);
        QVERIFY(data->html().contains(QStringLiteral("<td align=\"right\">%1</td>").arg(cells[4])));
        QVERIFY(data->html().contains(QLatin1String("<th>Counterparty</th>")));
    }

    void columnChooserIsRememberedPerUserAndKind()
    {
        ListWidget *list = openedList(m_window, QStringLiteral("sales_invoices"));
        QMenu *menu = list->createColumnMenu(list);
        QAction *currency = menu->findChild<QAction *>(QStringLiteral("column_currency"));
        QAction *vat = menu->findChild<QAction *>(QStringLiteral("column_total_vat"));
        QVERIFY(currency && vat);
        QVERIFY(currency->isChecked());
        closeForms(m_window);
        m_window->tabs()->setCurrentWidget(list);
        list->view()->selectRow(1);
        QVERIFY(!vat->isChecked()); // offered though the layout does not show it
        menu->popup(list->view()->horizontalHeader()->mapToGlobal(QPoint(300, 10)));
        QTRY_VERIFY(menu->isVisible());
        shoot(withPopup(m_window, menu), QStringLiteral("invoice-list-columns-en"));
        currency->trigger();
        vat->trigger();
        menu->close();
        delete menu;
        QVERIFY(list->view()->horizontalHeader()->isSectionHidden(list->model()->columnOf(QStringLiteral("currency"))));
        QVERIFY(!list->shownColumns().contains(QStringLiteral("currency")));
        QVERIFY(list->shownColumns().contains(QStringLiteral("total_vat")));
        // The VAT column gets its total at the next load.
        list->model()->reload();
        QTRY_VERIFY_WITH_TIMEOUT(!list->totalsBar()->totalAt(list->model()->columnOf(QStringLiteral("total_vat"))).isEmpty(), 10000);
        // A moved column keeps its place too.
        QHeaderView *header = list->view()->horizontalHeader();
        header->moveSection(header->visualIndex(list->model()->columnOf(QStringLiteral("total"))), 1);
        const QStringList chosen = list->shownColumns();
        QCOMPARE(chosen.at(1), QStringLiteral("total"));

        closeList(m_window, QStringLiteral("sales_invoices"));
        list = openedList(m_window, QStringLiteral("sales_invoices"));
        QCOMPARE(list->shownColumns(), chosen);
        // Other kinds keep their own.
        ListWidget *orders = openedList(m_window, QStringLiteral("sales_orders"));
        QVERIFY(orders->shownColumns().contains(QStringLiteral("currency")));
        list->restoreDefaultColumns();
        QVERIFY(list->shownColumns().contains(QStringLiteral("currency")));
    }

    void contextMenuHasTheListsCommands()
    {
        ListWidget *list = openedList(m_window, QStringLiteral("sales_invoices"));
        m_window->tabs()->setCurrentWidget(list);
        list->view()->selectRow(0);
        QStringList hooked;
        connect(list, &ListWidget::contextMenuRequested, this, [&hooked](QMenu *menu, const QCborMap &row) {
            hooked.append(row.value(QStringLiteral("number")).toString());
            menu->addAction(QStringLiteral("Create based on…"))->setObjectName(QStringLiteral("basedOn"));
        });
        QMenu *menu = list->createContextMenu(list);
        QStringList names;
        for (QAction *a : menu->actions())
            names.append(a->objectName());
        for (const QString &expected : {QStringLiteral("open"), QStringLiteral("create"), QStringLiteral("copyRows"),
                                        QStringLiteral("post"), QStringLiteral("markDeleted"), QStringLiteral("history"),
                                        QStringLiteral("basedOn")})
            QVERIFY2(names.contains(expected), qPrintable(names.join(u',')));
        QCOMPARE(hooked, QStringList{list->model()->rowAt(0).value(QStringLiteral("number")).toString()});
        delete menu;
    }

    void screenshotsInCzech()
    {
        // The same screens as a Czech clerk sees them.
        erp::i18n::installLanguageSwitch(QStringLiteral("cs"));
        QLocale::setDefault(QLocale(QLocale::Czech, QLocale::Czechia));
        ClientSession session;
        QSignalSpy loggedIn(&session, &ClientSession::loggedIn);
        session.login(QStringLiteral("127.0.0.1"), m_server.port(), QStringLiteral("admin"), ServerProcess::adminPassword(),
                      QStringLiteral("cs"));
        QVERIFY(loggedIn.wait(10000));
        MainWindow window(&session);
        window.resize(1280, 760);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(window.isReady(), 10000);
        ListWidget *list = openedList(&window, QStringLiteral("sales_invoices"));
        QVERIFY(list);
        list->restoreDefaultColumns();
        QTRY_VERIFY_WITH_TIMEOUT(list->totalsBar()->countText().contains(QString::number(Invoices)), 10000);
        list->view()->selectRow(1);
        QMenu *menu = list->createColumnMenu(list);
        menu->popup(list->view()->horizontalHeader()->mapToGlobal(QPoint(300, 10)));
        QTRY_VERIFY(menu->isVisible());
        shoot(withPopup(&window, menu), QStringLiteral("invoice-list-columns-cs"));
        delete menu;

        ObjectForm *form = window.openForm(QStringLiteral("sales_invoices"), 0);
        QTRY_VERIFY_WITH_TIMEOUT(form->isLoaded(), 10000);
        refOf(form, QStringLiteral("partner"))->setValue(m_novakova, QStringLiteral("Jana Nováková"));
        RefEditor *counterparty = refOf(form, QStringLiteral("counterparty"));
        auto *edit = counterparty->findChild<QLineEdit *>();
        edit->setFocus();
        typeText(edit, QStringLiteral("stavby"));
        QTRY_VERIFY_WITH_TIMEOUT(popupOf(counterparty)->isVisible() && popupOf(counterparty)->model()->rowCount() == 2, 10000);
        shoot(withPopup(&window, popupOf(counterparty)), QStringLiteral("counterparty-typeahead-cs"));
        popupOf(counterparty)->hide();
        closeForms(&window);
        erp::i18n::installLanguageSwitch(QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void screenshotOfTheTypeAheadInEnglish()
    {
        closeForms(m_window);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        ObjectForm *form = newInvoice();
        refOf(form, QStringLiteral("partner"))->setValue(m_kriz, QStringLiteral("Tomáš Kříž"));
        RefEditor *counterparty = refOf(form, QStringLiteral("counterparty"));
        auto *edit = counterparty->findChild<QLineEdit *>();
        edit->setFocus();
        typeText(edit, QStringLiteral("stavby"));
        QTRY_VERIFY_WITH_TIMEOUT(popupOf(counterparty)->isVisible() && popupOf(counterparty)->model()->rowCount() == 2, 10000);
        shoot(withPopup(m_window, popupOf(counterparty)), QStringLiteral("counterparty-typeahead-en"));
    }
};

QTEST_MAIN(TestLists)
#include "tst_lists.moc"
