// The report framework through the real server: report.list names what the caller may run,
// report.describe its parameters, columns and chart, report.run answers the same figures as
// the report's own method, and every bad parameter is refused naming it inside `params`.
#include "catalogclient.h"
#include "serverprocess.h"

#include <QCborArray>
#include <QTest>

using erp::client::Reply;
using namespace erp::test;
using namespace Qt::StringLiterals;

class TestReportFramework : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    std::unique_ptr<erp::client::Connection> m_c;
    SalesFixture m_f;

    Reply run(const QString &report, const QCborMap &reportParams = {})
    {
        QCborMap p = map({{u"report"_s, report}});
        if (!reportParams.isEmpty())
            p.insert(u"params"_s, reportParams);
        return m_c->call(u"report.run"_s, p);
    }

    void expectRefused(const QCborMap &callParams, erp::protocol::ErrorCode code, const QString &field)
    {
        const Reply r = m_c->call(u"report.run"_s, callParams);
        QVERIFY2(!r.ok, qPrintable(field));
        QCOMPARE(r.error.code, code);
        QCOMPARE(r.error.field, field);
        QVERIFY2(r.error.message.startsWith(field), qPrintable(r.error.message));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_c = m_server.connect();
        QVERIFY(m_c);
        m_f = salesFixture(*m_c);
        QVERIFY(m_f.partner);
        // A service invoiced in November and one in December: two months of sales.
        for (const auto &[date, price] : {std::pair{u"2026-11-10T09:00:00Z"_s, u"2000"_s},
                                          std::pair{u"2026-12-01T09:00:00Z"_s, u"500"_s}}) {
            const Reply r = invoiceService(*m_c, m_f, date, price);
            QVERIFY2(r.ok, qPrintable(r.error.message));
        }
    }

    void listNamesTheReports()
    {
        const Reply r = m_c->call(u"report.list"_s, {});
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QStringList names;
        for (const QCborValue &item : r.result.toMap().value(u"reports"_s).toArray()) {
            names.append(item.toMap().value(u"name"_s).toString());
            QVERIFY(!item.toMap().value(u"title"_s).toString().isEmpty());
        }
        for (const QString &name : {u"sales_by_period"_s, u"vat_summary"_s, u"receivables_aging"_s,
                                    u"payment_dynamics"_s, u"trial_balance"_s, u"stock_balances"_s})
            QVERIFY2(names.contains(name), qPrintable(name));
        // Before login nothing is listed.
        auto anonymous = m_server.connect(QString());
        QVERIFY(anonymous);
        QCOMPARE(anonymous->call(u"report.list"_s, {}).error.code, erp::protocol::ErrorCode::NotAuthenticated);
    }

    void describeGivesParametersColumnsAndChart()
    {
        const Reply r = m_c->call(u"report.describe"_s, map({{u"report"_s, u"sales_by_period"_s}}));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const QCborMap d = r.result.toMap();
        QStringList params, columns;
        for (const QCborValue &p : d.value(u"params"_s).toArray())
            params.append(p.toMap().value(u"name"_s).toString());
        for (const QCborValue &c : d.value(u"columns"_s).toArray())
            columns.append(c.toMap().value(u"name"_s).toString());
        QCOMPARE(params, (QStringList{u"from"_s, u"to"_s, u"groupBy"_s}));
        QCOMPARE(columns, (QStringList{u"label"_s, u"quantity"_s, u"revenue"_s, u"cost"_s, u"margin"_s}));
        const QCborArray groupBy = d.value(u"params"_s).toArray().at(2).toMap().value(u"oneOf"_s).toArray();
        QCOMPARE(groupBy.size(), 3);
        QCOMPARE(d.value(u"chart"_s).toMap().value(u"category"_s).toString(), u"label"_s);
        const QCborMap vat = m_c->call(u"report.describe"_s, map({{u"report"_s, u"vat_summary"_s}})).result.toMap();
        const QCborMap organization = vat.value(u"params"_s).toArray().at(2).toMap();
        QCOMPARE(organization.value(u"catalog"_s).toString(), u"organizations"_s);
        QVERIFY(organization.value(u"required"_s).toBool());
    }

    // Each report answers through report.run what its own method answers.
    void runAnswersWhatTheMethodAnswers_data()
    {
        QTest::addColumn<QString>("report");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QCborMap>("params");
        QTest::newRow("sales by partner, November") << u"sales_by_period"_s << u"report.salesByPeriod"_s
                                                    << map({{u"groupBy"_s, u"partner"_s},
                                                            {u"from"_s, u"2026-11-01T00:00:00Z"_s},
                                                            {u"to"_s, u"2026-11-30T23:59:59Z"_s}});
        QTest::newRow("trial balance") << u"trial_balance"_s << u"report.trialBalance"_s << QCborMap();
        QTest::newRow("aging") << u"receivables_aging"_s << u"report.receivablesAging"_s
                               << map({{u"at"_s, u"2026-12-31T00:00:00Z"_s}});
        QTest::newRow("payments") << u"payment_dynamics"_s << u"report.paymentDynamics"_s << QCborMap();
    }

    void runAnswersWhatTheMethodAnswers()
    {
        QFETCH(QString, report);
        QFETCH(QString, method);
        QFETCH(QCborMap, params);
        const Reply viaRun = run(report, params);
        QVERIFY2(viaRun.ok, qPrintable(viaRun.error.message));
        const Reply direct = m_c->call(method, params);
        QVERIFY2(direct.ok, qPrintable(direct.error.message));
        const QCborMap a = viaRun.result.toMap(), b = direct.result.toMap();
        QCOMPARE(a.value(u"report"_s).toString(), report);
        QVERIFY(!a.value(u"rows"_s).toArray().isEmpty());
        QCOMPARE(a.value(u"rows"_s).toArray(), b.value(u"rows"_s).toArray());
        QCborMap totals = b;
        totals.remove(u"rows"_s);
        if (totals.value(u"totals"_s).isMap())
            totals = totals.value(u"totals"_s).toMap();
        QCOMPARE(a.value(u"totals"_s).toMap(), totals);
        QVERIFY(!a.value(u"columns"_s).toArray().isEmpty());
    }

    void salesFiguresAreTheInvoices()
    {
        const Reply r = run(u"sales_by_period"_s, map({{u"groupBy"_s, u"month"_s}}));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const QCborArray rows = r.result.toMap().value(u"rows"_s).toArray();
        QCOMPARE(rows.size(), 2);
        // Months named in the session's language; the figures are the method's.
        QCOMPARE(rows[0].toMap().value(u"label"_s).toString(), u"November 2026"_s);
        QCOMPARE(rows[1].toMap().value(u"label"_s).toString(), u"December 2026"_s);
        const QCborArray direct =
            m_c->call(u"report.salesByPeriod"_s, map({{u"groupBy"_s, u"month"_s}})).result.toMap().value(u"rows"_s).toArray();
        QCOMPARE(direct.size(), 2);
        for (int i = 0; i < 2; ++i)
            for (const QString &figure : {u"key"_s, u"quantity"_s, u"revenue"_s, u"cost"_s, u"margin"_s})
                QCOMPARE(rows[i].toMap().value(figure), direct[i].toMap().value(figure));
        QCOMPARE(r.result.toMap().value(u"totals"_s).toMap().value(u"revenue"_s).toString(), u"2500.00"_s);
        const Reply vat = run(u"vat_summary"_s, map({{u"organization"_s, m_f.organization}}));
        QVERIFY2(vat.ok, qPrintable(vat.error.message));
        QVERIFY(!vat.result.toMap().value(u"rows"_s).toArray().isEmpty());
    }

    // Stock at cost: what register.balances says, per warehouse and product, with their names.
    void stockBalancesAreTheRegister()
    {
        const Reply r = run(u"stock_balances"_s, map({{u"warehouse"_s, m_f.warehouse}}));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const QCborArray rows = r.result.toMap().value(u"rows"_s).toArray();
        const QCborArray balances =
            m_c->call(u"register.balances"_s, map({{u"register"_s, u"stock"_s},
                                                    {u"where"_s, map({{u"warehouse"_s, m_f.warehouse}})}}))
                .result.toMap().value(u"rows"_s).toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(balances.size(), 1);
        for (const QString &key : {u"warehouse"_s, u"product"_s, u"quantity"_s, u"cost"_s})
            QCOMPARE(rows[0].toMap().value(key), balances[0].toMap().value(key));
        const QCborMap drill = rows[0].toMap();
        QCOMPARE(drill.value(u"product"_s).toInteger(), m_f.drill);
        QCOMPARE(drill.value(u"quantity"_s).toString(), u"10.000"_s);
        QCOMPARE(drill.value(u"display"_s).toMap().value(u"product"_s).toString(), u"Vrtačka Narex"_s);
        QCOMPARE(drill.value(u"display"_s).toMap().value(u"warehouse"_s).toString(), u"Sklad Brno"_s);
        QCOMPARE(r.result.toMap().value(u"totals"_s).toMap().value(u"cost"_s).toString(), u"10000.0000"_s);
        // Before the goods came in there was nothing.
        const Reply before = run(u"stock_balances"_s, map({{u"at"_s, u"2026-11-01T00:00:00Z"_s}}));
        QVERIFY2(before.ok, qPrintable(before.error.message));
        QVERIFY(before.result.toMap().value(u"rows"_s).toArray().isEmpty());
        QCOMPARE(before.result.toMap().value(u"totals"_s).toMap().value(u"cost"_s).toString(), u"0.0000"_s);
    }

    void badParametersAreNamed()
    {
        using erp::protocol::ErrorCode;
        expectRefused(map({{u"report"_s, u"no_such_report"_s}}), ErrorCode::Validation, u"report"_s);
        expectRefused(QCborMap(), ErrorCode::Validation, u"report"_s);
        expectRefused(map({{u"report"_s, 5}}), ErrorCode::Validation, u"report"_s);
        expectRefused(map({{u"report"_s, u"sales_by_period"_s}, {u"params"_s, u"month"_s}}), ErrorCode::Validation,
                      u"params"_s);
        expectRefused(map({{u"report"_s, u"sales_by_period"_s}, {u"params"_s, map({{u"groupBy"_s, u"week"_s}})}}),
                      ErrorCode::Validation, u"params.groupBy"_s);
        expectRefused(map({{u"report"_s, u"sales_by_period"_s}, {u"params"_s, map({{u"from"_s, 20261101}})}}),
                      ErrorCode::Validation, u"params.from"_s);
        expectRefused(map({{u"report"_s, u"sales_by_period"_s}, {u"params"_s, map({{u"from"_s, u"yesterday"_s}})}}),
                      ErrorCode::Validation, u"params.from"_s);
        expectRefused(map({{u"report"_s, u"sales_by_period"_s}, {u"params"_s, map({{u"bogus"_s, 1}})}}),
                      ErrorCode::BadRequest, u"params.bogus"_s);
        expectRefused(map({{u"report"_s, u"vat_summary"_s}}), ErrorCode::Validation, u"params.organization"_s);
        expectRefused(map({{u"report"_s, u"trial_balance"_s}, {u"params"_s, map({{u"organization"_s, 999999}})}}),
                      ErrorCode::Validation, u"params.organization"_s);
        expectRefused(map({{u"report"_s, u"trial_balance"_s}, {u"params"_s, map({{u"organization"_s, u"1"_s}})}}),
                      ErrorCode::Validation, u"params.organization"_s);
        expectRefused(map({{u"report"_s, QString(41, u'x')}}), ErrorCode::Validation, u"report"_s);
        expectRefused(map({{u"report"_s, u"stock_balances"_s}, {u"params"_s, map({{u"warehouse"_s, 0}})}}),
                      ErrorCode::Validation, u"params.warehouse"_s);
        expectRefused(map({{u"report"_s, u"stock_balances"_s}, {u"params"_s, map({{u"warehouse"_s, m_f.drill}})}}),
                      ErrorCode::Validation, u"params.warehouse"_s);
        expectRefused(map({{u"report"_s, u"stock_balances"_s}, {u"params"_s, map({{u"warehouse"_s, qint64(1) << 62}})}}),
                      ErrorCode::Validation, u"params.warehouse"_s);
        expectRefused(map({{u"report"_s, u"stock_balances"_s}, {u"params"_s, map({{u"product"_s, u"drill"_s}})}}),
                      ErrorCode::Validation, u"params.product"_s);
    }
};

QTEST_GUILESS_MAIN(TestReportFramework)
#include "tst_reportframework.moc"
