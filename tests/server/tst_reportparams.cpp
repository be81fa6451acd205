// Bad input to every report, table-driven over report.list and report.describe: each declared
// parameter of each report is given the wrong type, null, a value out of its range, a choice it
// does not offer, a moment that is no date, one character too many, and (for a reference) the
// id of an object of another kind or of none; every report gets an unknown parameter and loses
// its required ones. Each answer is an error naming params.<name> (Validation, NotFound for an id
// of no such object, BadRequest for a parameter the report does not have; never Internal), and the
// report still runs with its defaults afterwards.
#include "catalogclient.h"
#include "serverprocess.h"

#include <QCborArray>
#include <QTest>

using erp::client::Reply;
using erp::protocol::ErrorCode;
using namespace erp::test;
using namespace Qt::StringLiterals;

namespace {

struct BadValue
{
    QString what;
    QCborValue value;
};

} // namespace

class TestReportParams : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    std::unique_ptr<erp::client::Connection> m_c;
    QList<QCborMap> m_reports; // report.describe of each
    qint64 m_user = 0, m_group = 0;

    Reply run(const QString &report, const QCborMap &params)
    {
        return m_c->call(u"report.run"_s, map({{u"report"_s, report}, {u"params"_s, params}}));
    }

    // The values no parameter of this description may take.
    QList<BadValue> badValues(const QCborMap &p) const
    {
        const QString type = p.value(u"type"_s).toString();
        QList<BadValue> out{{u"null"_s, QCborValue(QCborValue::Null)}, {u"a list"_s, QCborArray{1}}};
        if (type == u"integer"_s) {
            out.append({u"text"_s, u"12"_s});
            out.append({u"a fraction"_s, 1.5});
            out.append({u"true"_s, true});
            if (p.contains(u"min"_s))
                out.append({u"below min"_s, p.value(u"min"_s).toInteger() - 1});
            if (p.contains(u"max"_s))
                out.append({u"above max"_s, p.value(u"max"_s).toInteger() + 1});
            if (const QString catalog = p.value(u"catalog"_s).toString(); !catalog.isEmpty()) {
                out.append({u"another kind's id"_s, catalog == u"users"_s ? m_group : m_user});
                out.append({u"no object's id"_s, 987654321});
            }
        } else if (type == u"string"_s) {
            out.append({u"a number"_s, 7});
            if (p.contains(u"oneOf"_s))
                out.append({u"no choice of it"_s, u"colour"_s});
            if (p.contains(u"maxLength"_s))
                out.append({u"one character too many"_s, QString(p.value(u"maxLength"_s).toInteger() + 1, u'x')});
        } else if (type == u"datetime"_s) {
            out.append({u"a number"_s, 20261201});
            out.append({u"no date"_s, u"2026-13-45T00:00:00Z"_s});
            out.append({u"a date without time"_s, u"yesterday"_s});
        } else if (type == u"boolean"_s) {
            out.append({u"text"_s, u"yes"_s});
            out.append({u"a number"_s, 1});
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_c = m_server.connect();
        QVERIFY(m_c);
        m_user = ERP_CALL_OK(*m_c, "auth.whoami", QCborMap()).result.toMap().value(u"id"_s).toInteger();
        m_group = createCatalog(*m_c, u"product_groups"_s, map({{u"name"_s, u"Armatury"_s}}));
        QVERIFY(m_user > 0 && m_group > 0);
        const Reply list = ERP_CALL_OK(*m_c, "report.list", QCborMap());
        QVERIFY(list.ok);
        for (const QCborValue &r : list.result.toMap().value(u"reports"_s).toArray()) {
            const Reply d = m_c->call(u"report.describe"_s, map({{u"report"_s, r.toMap().value(u"name"_s)}}));
            QVERIFY2(d.ok, qPrintable(d.error.message));
            m_reports.append(d.result.toMap());
        }
        QStringList names;
        for (const QCborMap &r : std::as_const(m_reports))
            names.append(r.value(u"report"_s).toString());
        for (const QString &issued : {u"sales_funnel"_s, u"deal_analysis"_s, u"abc_xyz"_s, u"bcg"_s, u"managers"_s,
                                      u"marketing"_s, u"sales_dynamics"_s, u"receivables_aging"_s, u"payment_dynamics"_s,
                                      u"rfm"_s, u"trial_balance"_s, u"sales_by_period"_s, u"vat_summary"_s,
                                      u"stock_balances"_s})
            QVERIFY2(names.contains(issued), qPrintable(issued));
    }

    void everyBadValueOfEveryParameterIsNamed()
    {
        int cases = 0;
        for (const QCborMap &report : std::as_const(m_reports)) {
            const QString name = report.value(u"report"_s).toString();
            QStringList required;
            for (const QCborValue &v : report.value(u"params"_s).toArray())
                if (v.toMap().value(u"required"_s).toBool())
                    required.append(v.toMap().value(u"name"_s).toString());
            if (!required.isEmpty()) {
                // No valid value is known here for every report: only that leaving one out is named.
                const Reply r = run(name, QCborMap());
                QVERIFY2(!r.ok && r.error.code == ErrorCode::Validation && required.contains(r.error.field.mid(7)),
                         qPrintable(name + u" without "_s + required.join(u", "_s) + u": "_s + r.error.field));
                continue;
            }
            for (const QCborValue &v : report.value(u"params"_s).toArray()) {
                const QCborMap p = v.toMap();
                const QString param = p.value(u"name"_s).toString();
                for (const BadValue &bad : badValues(p)) {
                    const Reply r = run(name, map({{param, bad.value}}));
                    const QString at = u"%1 with %2 = %3"_s.arg(name, param, bad.what);
                    QVERIFY2(!r.ok, qPrintable(at + u": accepted"_s));
                    QVERIFY2(r.error.code == ErrorCode::Validation || r.error.code == ErrorCode::NotFound,
                             qPrintable(at + u": "_s + r.error.message));
                    QVERIFY2(r.error.field == u"params."_s + param,
                             qPrintable(at + u": names "_s + r.error.field + u" ("_s + r.error.message + u")"_s));
                    QVERIFY2(!r.error.message.isEmpty(), qPrintable(at));
                    ++cases;
                }
            }
            const Reply unknown = run(name, map({{u"colour"_s, u"red"_s}}));
            QVERIFY2(!unknown.ok && unknown.error.code == ErrorCode::BadRequest
                         && unknown.error.field == u"params.colour"_s,
                     qPrintable(name + u": an unknown parameter: "_s + unknown.error.field + u" "_s + unknown.error.message));
            const Reply plain = run(name, QCborMap());
            QVERIFY2(plain.ok, qPrintable(name + u" with its defaults: "_s + plain.error.message));
        }
        qInfo().noquote() << cases << "bad values refused";
    }
};

QTEST_GUILESS_MAIN(TestReportParams)
#include "tst_reportparams.moc"
