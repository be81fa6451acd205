// Reports in the desktop client against a real server: the Reports section lists the reports
// of report.run; one opens in a tab, runs on F5 with its parameters (a period given as dates,
// a grouping chosen), shows the rows the server computed with the totals in bold, and a
// missing required parameter is named and gets the focus. Screenshot report-sales-en.png.
#include "../server/catalogclient.h"
#include "connection.h"
#include "core/clientsession.h"
#include "core/language.h"
#include "form/fieldeditor.h"
#include "guisession.h"
#include "guitest.h"
#include "main/mainwindow.h"
#include "reports/reportmodel.h"
#include "reports/reportview.h"
#include "serverprocess.h"

#include <QComboBox>
#include <QDir>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace erp::app;
using erp::test::saveScreenshot;
using erp::test::ServerProcess;
using namespace Qt::StringLiterals;

class TestReportView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;
    QDir m_shots;
    ServerProcess m_server;
    std::unique_ptr<erp::client::Connection> m_other;
    ClientSession *m_session = nullptr;
    MainWindow *m_window = nullptr;

    ReportView *open(const QString &report)
    {
        if (!m_window->runCommand(u"report:"_s + report))
            return nullptr;
        ReportView *view = m_window->reportTab(report);
        if (view && !QTest::qWaitFor([view] { return view->isReady(); }, 10000))
            return nullptr;
        return view;
    }

    bool runByKeyboard(ReportView *view)
    {
        QSignalSpy finished(view, &ReportView::finished);
        view->table()->setFocus();
        QTest::keyClick(view->table(), Qt::Key_F5);
        return finished.wait(10000);
    }

    QStringList column(ReportView *view, int c)
    {
        QStringList out;
        for (int r = 0; r < view->model()->rowCount(); ++r)
            out.append(view->model()->index(r, c).data().toString());
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(erp::test::prepareClientTest(m_config, u"erp-reportview-test"_s, &m_shots));
        QVERIFY(m_server.start());
        m_other = m_server.connect();
        QVERIFY(m_other);
        const erp::test::SalesFixture f = erp::test::salesFixture(*m_other);
        QVERIFY(f.partner);
        for (const auto &[date, price] : {std::pair{u"2026-11-10T09:00:00Z"_s, u"2000"_s},
                                          std::pair{u"2026-12-01T09:00:00Z"_s, u"500"_s}}) {
            const erp::client::Reply r = erp::test::invoiceService(*m_other, f, date, price);
            QVERIFY2(r.ok, qPrintable(r.error.message));
        }
        QVERIFY(erp::test::openMainWindow(m_server, &m_session, &m_window));
    }

    void cleanupTestCase()
    {
        delete m_window;
        delete m_session;
    }

    void theReportsSectionListsThem()
    {
        QTreeWidget *tree = m_window->navigation();
        QStringList reports;
        for (int s = 0; s < tree->topLevelItemCount(); ++s)
            for (int i = 0; i < tree->topLevelItem(s)->childCount(); ++i) {
                const QString command = tree->topLevelItem(s)->child(i)->data(0, Qt::UserRole + 2).toString();
                if (command.startsWith(u"report:"_s)) {
                    reports.append(command.mid(7));
                    QCOMPARE(tree->topLevelItem(s)->text(0), u"Reports"_s);
                }
            }
        QCOMPARE(reports, (QStringList{u"sales_by_period"_s, u"receivables_aging"_s, u"payment_dynamics"_s,
                                       u"stock_balances"_s, u"vat_summary"_s, u"trial_balance"_s}));
    }

    void salesByMonthShowTheInvoices()
    {
        ReportView *view = open(u"sales_by_period"_s);
        QVERIFY(view);
        QCOMPARE(m_window->findChild<QTabWidget *>()->currentWidget(), view);
        auto *groupBy = qobject_cast<QComboBox *>(view->parameterEditor(u"groupBy"_s));
        QVERIFY(groupBy);
        QCOMPARE(groupBy->currentText(), u"Month"_s);
        QVERIFY(runByKeyboard(view));
        QVERIFY2(view->messageText().isEmpty(), qPrintable(view->messageText()));
        // Two months and the totals row; revenue is the fourth column (group, quantity, revenue).
        QCOMPARE(view->model()->dataRows(), 2);
        QVERIFY(view->model()->hasTotals());
        QCOMPARE(column(view, 2), (QStringList{u"2,000.00"_s, u"500.00"_s, u"2,500.00"_s}));
        QCOMPARE(column(view, 0), (QStringList{u"November 2026"_s, u"December 2026"_s, u"Total"_s}));
        QVERIFY(view->model()->index(2, 2).data(Qt::FontRole).value<QFont>().bold());
        saveScreenshot(m_window, m_shots, u"report-sales-en"_s);

        // From the 1st of December: only December's invoice.
        auto *from = qobject_cast<FieldEditor *>(view->parameterEditor(u"from"_s));
        QVERIFY(from);
        from->setValue(u"2026-12-01"_s);
        QVERIFY(runByKeyboard(view));
        QCOMPARE(view->model()->dataRows(), 1);
        QCOMPARE(column(view, 2), (QStringList{u"500.00"_s, u"500.00"_s}));
        // By partner: one row, the partner's name.
        from->setValue(QCborValue(QCborValue::Null));
        groupBy->setCurrentIndex(groupBy->findData(u"partner"_s));
        QVERIFY(runByKeyboard(view));
        QCOMPARE(view->model()->dataRows(), 1);
        QCOMPARE(view->model()->index(0, 0).data().toString(), u"Žlutý kůň"_s);
        // Opening it again goes to the same tab.
        QVERIFY(m_window->runCommand(u"report:sales_by_period"_s));
        QCOMPARE(m_window->reportTab(u"sales_by_period"_s), view);
    }

    void aMissingParameterIsNamedAndFocused()
    {
        ReportView *view = open(u"vat_summary"_s);
        QVERIFY(view);
        QSignalSpy finished(view, &ReportView::finished);
        view->run();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(view->messageText().contains(u"params.organization"_s), qPrintable(view->messageText()));
        QWidget *organization = view->parameterEditor(u"organization"_s);
        QVERIFY(organization);
        QTRY_VERIFY(organization->isAncestorOf(QApplication::focusWidget()) || organization->hasFocus());
    }
};

QTEST_MAIN(TestReportView)
#include "tst_reportview.moc"
