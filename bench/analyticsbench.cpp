// erp-analytics-bench: the analytics reports over ten million sales lines through the real server.
// Fills a fresh database by bulk SQL (the server not running): partners in folders, products in
// groups, managers, sources and events, N sales lines of invoices of five lines over two years
// (a few clients buy most, as in life), deals in every stage with their decisions in the
// workflow history, interactions and tasks. Then it times a plain scan of the movements (what a
// report without summaries would do), starts erp-server (which fills the register aggregates
// and folds the funnel summary), and times report.run of abc_xyz, sales_funnel, bcg, managers,
// rfm and sales_dynamics, each several times, measured in the client on loopback.
//   erp-analytics-bench --server-binary build/server/erp-server --data /tmp/erp-analytics [--lines 10000000]
#include "connection.h"
#include "db/dbconfig.h"
#include "db/firebird.h"

#include "benchio.h"
#include "benchserver.h"

#include <QCborArray>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

using erp::bench::map;
using erp::bench::print;
using erp::client::Connection;
using erp::client::Reply;

const QString Password = QStringLiteral("Analytics-Bench-1");

[[noreturn]] void die(const QString &message)
{
    erp::bench::die(QStringLiteral("erp-analytics-bench"), message);
}

struct Sizes
{
    qint64 lines = 10000000, partners = 20000, products = 5000, deals = 1000000;
    qint64 managers = 20, folders = 20, groups = 40, sources = 8, events = 12;
    qint64 invoices() const { return lines / 5; }
};

// The data as bulk SQL, each part in its own transaction, timed. `now` is the bench's own
// moment (UTC), written into the statements: two years of history end today.
class Filler
{
public:
    Filler(QSqlDatabase &db, const Sizes &n) : m_db(db), m_q(db), m_n(n)
    {
        m_now = QStringLiteral("'%1'")
                    .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd hh:mm:ss")));
    }

    qint64 scalar(const QString &sql)
    {
        exec(sql);
        return m_q.next() ? m_q.value(0).toLongLong() : 0;
    }

    // The first of n new object ids (GEN_ID answers the last one it gave out).
    qint64 reserve(qint64 n)
    {
        return scalar(QStringLiteral("SELECT GEN_ID(SEQ_OBJECT_ID, %1) FROM RDB$DATABASE").arg(n)) - n + 1;
    }

    void fill()
    {
        const qint64 base = reserve(m_n.folders + m_n.partners + m_n.groups + m_n.products + m_n.managers +
                                    m_n.sources + m_n.events);
        m_folder = base;
        m_partner = m_folder + m_n.folders;
        m_group = m_partner + m_n.partners;
        m_product = m_group + m_n.groups;
        m_manager = m_product + m_n.products;
        m_source = m_manager + m_n.managers;
        m_event = m_source + m_n.sources;
        m_unit = scalar(QStringLiteral("SELECT FIRST 1 ID FROM CAT_UNITS"));
        m_vat = scalar(QStringLiteral("SELECT FIRST 1 ID FROM CAT_VAT_RATES"));
        m_type = scalar(QStringLiteral("SELECT FIRST 1 ID FROM CAT_DEAL_TYPES"));
        if (!m_type)
            die(QStringLiteral("no deal type seeded"));
        part(QStringLiteral("catalogs"), m_n.partners + m_n.products, [this] { catalogs(); });
        const qint64 chunk = 1000000;
        for (qint64 from = 0; from < m_n.lines; from += chunk)
            part(QStringLiteral("sales lines %1-%2").arg(from + 1).arg(std::min(from + chunk, m_n.lines)),
                 std::min(chunk, m_n.lines - from), [&] { salesLines(from, std::min(from + chunk, m_n.lines)); });
        part(QStringLiteral("deals with their history"), m_n.deals, [this] { deals(); });
        part(QStringLiteral("interactions and tasks"), m_n.deals + m_n.deals / 5, [this] { interactionsAndTasks(); });
        // The aggregates are filled from the movements when the server starts, as after an upgrade.
        part(QStringLiteral("aggregates marked unfilled"), 0,
             [this] { exec(QStringLiteral("DELETE FROM ERP_AGGREGATES")); });
    }

    void exec(const QString &sql)
    {
        if (!m_q.exec(sql))
            die(sql.left(300) + QStringLiteral(": ") + m_q.lastError().text());
    }

private:
    template<typename Work>
    void part(const QString &name, qint64 rows, Work work)
    {
        QElapsedTimer t;
        t.start();
        if (!m_db.transaction())
            die(m_db.lastError().text());
        work();
        m_q.finish();
        if (!m_db.commit())
            die(m_db.lastError().text());
        const qint64 ms = std::max<qint64>(1, t.elapsed());
        print(QStringLiteral("fill: %1: %2 rows in %3 s (%4 rows/s)")
                  .arg(name)
                  .arg(rows)
                  .arg(ms / 1000.0, 0, 'f', 1)
                  .arg(rows * 1000 / ms));
    }

    void catalogs()
    {
        exec(QStringLiteral(
                 "EXECUTE BLOCK AS DECLARE I BIGINT = 0; DECLARE NOW TIMESTAMP = %1; BEGIN "
                 "  WHILE (I < %3) DO BEGIN "
                 "    INSERT INTO CAT_PARTNERS (ID, CODE, NAME, IS_GROUP, CREATED_AT, UPDATED_AT) "
                 "    VALUES (%2 + :I, 'AF' || LPAD(:I + 1, 4, '0'), 'Skupina ' || (:I + 1), TRUE, :NOW, :NOW); "
                 "    I = I + 1; "
                 "  END "
                 "  I = 0; "
                 "  WHILE (I < %5) DO BEGIN "
                 "    INSERT INTO CAT_PARTNERS (ID, CODE, NAME, IS_GROUP, PARENT, CREATED_AT, UPDATED_AT, IS_CLIENT, "
                 "      LEGAL_FORM, CITY, COUNTRY, PAYMENT_DAYS, MANAGER, SOURCE, REGISTERED_ON) "
                 "    VALUES (%4 + :I, 'A' || LPAD(:I + 1, 8, '0'), 'Odběratel ' || (:I + 1), FALSE, %2 + MOD(:I, %3), "
                 "      DATEADD(-730 DAY TO :NOW), :NOW, TRUE, 'company', 'Praha', 'CZ', 14, %6 + MOD(:I, %7), "
                 "      %8 + MOD(:I, %9), DATEADD(-MOD(:I * 7, 900) DAY TO CAST(:NOW AS DATE))); "
                 "    I = I + 1; "
                 "  END "
                 "  I = 0; "
                 "  WHILE (I < %7) DO BEGIN "
                 "    INSERT INTO CAT_USERS (ID, CODE, NAME, CREATED_AT, UPDATED_AT, ROLE, ACTIVE) "
                 "    VALUES (%6 + :I, 'manager' || (:I + 1), 'Manažer ' || (:I + 1), :NOW, :NOW, 'manager', TRUE); "
                 "    I = I + 1; "
                 "  END "
                 "  I = 0; "
                 "  WHILE (I < %9) DO BEGIN "
                 "    INSERT INTO CAT_INFORMATION_SOURCES (ID, CODE, NAME, CREATED_AT, UPDATED_AT) "
                 "    VALUES (%8 + :I, 'SRC' || (:I + 1), 'Zdroj ' || (:I + 1), :NOW, :NOW); "
                 "    I = I + 1; "
                 "  END "
                 "  I = 0; "
                 "  WHILE (I < %11) DO BEGIN "
                 "    INSERT INTO CAT_MARKETING_EVENTS (ID, CODE, NAME, CREATED_AT, UPDATED_AT, EVENT_TYPE, "
                 "      INFORMATION_SOURCE, STARTS_ON, BUDGET, ACTUAL_COST) "
                 "    VALUES (%10 + :I, 'EV' || (:I + 1), 'Akce ' || (:I + 1), :NOW, :NOW, 'exhibition', %8 + MOD(:I, %9), "
                 "      DATEADD(-60 * :I DAY TO CAST(:NOW AS DATE)), 50000, 40000); "
                 "    I = I + 1; "
                 "  END "
                 "END")
                 .arg(m_now)
                 .arg(m_folder)
                 .arg(m_n.folders)
                 .arg(m_partner)
                 .arg(m_n.partners)
                 .arg(m_manager)
                 .arg(m_n.managers)
                 .arg(m_source)
                 .arg(m_n.sources)
                 .arg(m_event)
                 .arg(m_n.events));
        exec(QStringLiteral(
                 "EXECUTE BLOCK AS DECLARE I BIGINT = 0; DECLARE NOW TIMESTAMP = %1; BEGIN "
                 "  WHILE (I < %3) DO BEGIN "
                 "    INSERT INTO CAT_PRODUCT_GROUPS (ID, CODE, NAME, CREATED_AT, UPDATED_AT) "
                 "    VALUES (%2 + :I, 'G' || LPAD(:I + 1, 4, '0'), 'Skupina zboží ' || (:I + 1), :NOW, :NOW); "
                 "    I = I + 1; "
                 "  END "
                 "  I = 0; "
                 "  WHILE (I < %5) DO BEGIN "
                 "    INSERT INTO CAT_PRODUCTS (ID, CODE, NAME, CREATED_AT, UPDATED_AT, PRODUCT_GROUP, PRODUCT_TYPE, "
                 "      UNIT, VAT_RATE, SALE_PRICE) "
                 "    VALUES (%4 + :I, 'P' || LPAD(:I + 1, 7, '0'), 'Zboží ' || (:I + 1), :NOW, :NOW, %2 + MOD(:I, %3), "
                 "      'goods', %6, %7, 100 + MOD(:I * 37, 5000)); "
                 "    I = I + 1; "
                 "  END "
                 "END")
                 .arg(m_now)
                 .arg(m_group)
                 .arg(m_n.groups)
                 .arg(m_product)
                 .arg(m_n.products)
                 .arg(m_unit ? QString::number(m_unit) : QStringLiteral("NULL"))
                 .arg(m_vat ? QString::number(m_vat) : QStringLiteral("NULL")));
    }

    // Invoice k (five lines) of a client chosen by a cube of a spread fraction: the first
    // fifth of the clients makes about 60 % of the invoices. Its day is spread over two years.
    void salesLines(qint64 from, qint64 to)
    {
        const qint64 base = reserve(to - from);
        exec(QStringLiteral(
                 "EXECUTE BLOCK AS "
                 "DECLARE I BIGINT = %1; DECLARE K BIGINT; DECLARE P BIGINT; DECLARE G BIGINT; DECLARE Q INTEGER; "
                 "DECLARE PRICE NUMERIC(18, 2); DECLARE T0 TIMESTAMP; DECLARE NOW TIMESTAMP = %3; "
                 "BEGIN "
                 "  WHILE (I < %2) DO BEGIN "
                 "    K = I / 5; "
                 "    P = CAST(%5 * POWER(CAST(MOD(K * 7919, 1000003) AS DOUBLE PRECISION) / 1000003, 3) AS BIGINT); "
                 "    G = CAST(%7 * POWER(CAST(MOD(I * 104729, 999983) AS DOUBLE PRECISION) / 999983, 2) AS BIGINT); "
                 "    Q = 1 + MOD(I, 10); "
                 "    PRICE = 100 + MOD(G * 37, 5000); "
                 "    T0 = DATEADD(-MOD(K * 7907, 730) DAY TO :NOW); "
                 "    INSERT INTO REG_SALES (ID, RECORDER_KIND, RECORDER_ID, LINE_NO, PERIOD, DIRECTION, PARTNER, PRODUCT, "
                 "      MANAGER, INFORMATION_SOURCE, MARKETING_EVENT, QUANTITY, REVENUE, COST) "
                 "    VALUES (%9 + :I - %1, 'sales_invoices', -1 - :K, MOD(:I, 5) + 1, :T0, 1, %4 + :P, %6 + :G, "
                 "      %8 + MOD(:P, %10), %11 + MOD(:P, %12), IIF(MOD(:K, 20) = 0, %13 + MOD(:K / 20, %14), NULL), :Q, "
                 "      :Q * :PRICE, :Q * :PRICE * 0.7); "
                 "    I = I + 1; "
                 "  END "
                 "END")
                 .arg(from)
                 .arg(to)
                 .arg(m_now)
                 .arg(m_partner)
                 .arg(m_n.partners)
                 .arg(m_product)
                 .arg(m_n.products)
                 .arg(m_manager)
                 .arg(base)
                 .arg(m_n.managers)
                 .arg(m_source)
                 .arg(m_n.sources)
                 .arg(m_event)
                 .arg(m_n.events));
    }

    // Deals in every stage: a third still open (lead to negotiation), 40 % won, the rest lost;
    // each decision a row of the workflow history 20 days after the deal was opened.
    void deals()
    {
        const qint64 base = reserve(2 * m_n.deals);
        exec(QStringLiteral(
                 "EXECUTE BLOCK AS "
                 "DECLARE J BIGINT = 0; DECLARE P BIGINT; DECLARE R INTEGER; DECLARE ST VARCHAR(40); "
                 "DECLARE PR INTEGER; DECLARE AMOUNT NUMERIC(18, 2); DECLARE T0 TIMESTAMP; DECLARE NOW TIMESTAMP = %2; "
                 "BEGIN "
                 "  WHILE (J < %1) DO BEGIN "
                 "    P = MOD(J * 7919, %4); "
                 "    R = MOD(J * 37, 100); "
                 "    ST = CASE WHEN R < 10 THEN 'lead' WHEN R < 18 THEN 'qualification' WHEN R < 26 THEN 'proposal' "
                 "      WHEN R < 33 THEN 'negotiation' WHEN R < 73 THEN 'won' ELSE 'lost' END; "
                 "    PR = DECODE(ST, 'lead', 10, 'qualification', 25, 'proposal', 50, 'negotiation', 75, 'won', 100, 0); "
                 "    AMOUNT = 1000 + MOD(J * 53, 50000); "
                 "    T0 = DATEADD(-MOD(J * 7907, 730) DAY TO :NOW); "
                 "    INSERT INTO DOC_DEALS (ID, NUMBER, DOC_DATE, STATUS, CREATED_AT, UPDATED_AT, SUBJECT, PARTNER, "
                 "      DEAL_TYPE, MANAGER, EXPECTED_AMOUNT, PROBABILITY, WEIGHTED_AMOUNT, INFORMATION_SOURCE, "
                 "      MARKETING_EVENT, DECIDED_STAGE) "
                 "    VALUES (%5 + 2 * :J, 'BD' || LPAD(:J + 1, 8, '0'), :T0, :ST, :T0, :T0, 'Obchod ' || (:J + 1), "
                 "      %3 + :P, %6, %7 + MOD(:P, %8), :AMOUNT, :PR, :AMOUNT * :PR / 100, %9 + MOD(:P, %10), "
                 "      IIF(MOD(:J, 20) = 0, %11 + MOD(:J / 20, %12), NULL), IIF(:ST = 'lost', 'proposal', NULL)); "
                 "    IF (ST IN ('won', 'lost')) THEN "
                 "      INSERT INTO ERP_WORKFLOW_HISTORY (ID, OBJECT_KIND, OBJECT_ID, TRANSITION, FROM_STATE, TO_STATE, "
                 "        MOVED_AT, USER_ID, USER_LOGIN) VALUES (%5 + 2 * :J + 1, 'deals', %5 + 2 * :J, "
                 "        IIF(:ST = 'won', 'win', 'lose'), 'proposal', :ST, DATEADD(20 DAY TO :T0), %7, 'manager'); "
                 "    J = J + 1; "
                 "  END "
                 "END")
                 .arg(m_n.deals)
                 .arg(m_now)
                 .arg(m_partner)
                 .arg(m_n.partners)
                 .arg(base)
                 .arg(m_type)
                 .arg(m_manager)
                 .arg(m_n.managers)
                 .arg(m_source)
                 .arg(m_n.sources)
                 .arg(m_event)
                 .arg(m_n.events));
    }

    void interactionsAndTasks()
    {
        const qint64 tasks = m_n.deals / 5;
        const qint64 base = reserve(m_n.deals + tasks);
        exec(QStringLiteral(
                 "EXECUTE BLOCK AS DECLARE J BIGINT = 0; DECLARE P BIGINT; DECLARE T0 TIMESTAMP; "
                 "DECLARE NOW TIMESTAMP = %2; BEGIN "
                 "  WHILE (J < %1) DO BEGIN "
                 "    P = MOD(J * 7919, %4); "
                 "    T0 = DATEADD(-MOD(J * 7907, 730) DAY TO :NOW); "
                 "    INSERT INTO DOC_INTERACTIONS (ID, NUMBER, DOC_DATE, STATUS, CREATED_AT, UPDATED_AT, INTERACTION_TYPE, "
                 "      SUBJECT, PARTNER, MANAGER) VALUES (%5 + :J, 'BI' || LPAD(:J + 1, 8, '0'), :T0, 'done', :T0, :T0, "
                 "      'call', 'Hovor ' || (:J + 1), %3 + :P, %6 + MOD(:P, %7)); "
                 "    IF (J < %8) THEN "
                 "      INSERT INTO DOC_TASKS (ID, NUMBER, DOC_DATE, STATUS, CREATED_AT, UPDATED_AT, SUBJECT, ASSIGNEE, "
                 "        PRIORITY, DUE_AT, PARTNER) VALUES (%5 + %1 + :J, 'BT' || LPAD(:J + 1, 8, '0'), :T0, "
                 "        IIF(MOD(:J, 4) = 0, 'open', 'done'), :T0, :T0, 'Úkol ' || (:J + 1), %6 + MOD(:P, %7), 'normal', "
                 "        DATEADD(7 DAY TO :T0), %3 + :P); "
                 "    J = J + 1; "
                 "  END "
                 "END")
                 .arg(m_n.deals)
                 .arg(m_now)
                 .arg(m_partner)
                 .arg(m_n.partners)
                 .arg(base)
                 .arg(m_manager)
                 .arg(m_n.managers)
                 .arg(tasks));
    }

    QSqlDatabase &m_db;
    QSqlQuery m_q;
    Sizes m_n;
    QString m_now;
    qint64 m_folder = 0, m_partner = 0, m_group = 0, m_product = 0, m_manager = 0, m_source = 0, m_event = 0;
    qint64 m_unit = 0, m_vat = 0, m_type = 0;
};

// What a report would cost without the aggregates: one pass over a year of movements grouped
// by client, timed (ms), on the same connection before the server starts.
qint64 scanBaseline(Filler &f)
{
    QElapsedTimer t;
    t.start();
    f.scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT PARTNER, SUM(REVENUE) AS S FROM REG_SALES "
                          "WHERE PERIOD >= DATEADD(-365 DAY TO CURRENT_TIMESTAMP) GROUP BY PARTNER) x"));
    return t.elapsed();
}

void fillDatabase(const QString &path, const Sizes &n, qint64 *scanMs)
{
    {
        erp::db::DbConfig config;
        config.path = path;
        QSqlDatabase db;
        QString error;
        if (!erp::db::openConnection(config, QStringLiteral("fill"), &db, &error))
            die(error);
        {
            Filler f(db, n);
            if (f.scalar(QStringLiteral("SELECT COUNT(*) FROM CAT_PARTNERS WHERE CODE STARTING WITH 'A0'")) == 0)
                f.fill();
            *scanMs = scanBaseline(f);
        } // its statement finished: an open one would keep the file open after close()
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fill"));
}

Reply must(Connection &c, const QString &method, const QCborMap &params)
{
    const Reply r = c.call(method, params, 3600000);
    if (!r.ok)
        die(QStringLiteral("%1: %2 (%3)").arg(method, r.error.message, r.error.field));
    return r;
}

// The first moment of the month `n` months before this one (UTC), as report parameters take it.
QString monthsAgo(int n)
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    return QDateTime(QDate(today.year(), today.month(), 1).addMonths(-n), QTime(0, 0), Qt::UTC).toString(Qt::ISODate);
}

struct Case
{
    QString label;
    QString report;
    QCborMap params;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption binary(QStringLiteral("server-binary"), QStringLiteral("erp-server"), QStringLiteral("path"),
                                    QStringLiteral("build/server/erp-server"));
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("data directory (created)"),
                                  QStringLiteral("dir"), QStringLiteral("/tmp/erp-analytics-bench"));
    const QCommandLineOption lines(QStringLiteral("lines"), QStringLiteral("sales lines"), QStringLiteral("n"),
                                   QStringLiteral("10000000"));
    const QCommandLineOption deals(QStringLiteral("deals"), QStringLiteral("deals"), QStringLiteral("n"),
                                   QStringLiteral("1000000"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("runs of each report"), QStringLiteral("n"),
                                  QStringLiteral("5"));
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("port of the server it starts"),
                                        QStringLiteral("port"), QStringLiteral("7432"));
    parser.addOptions({binary, data, lines, deals, runs, portOption});
    parser.process(app);
    const QString dir = parser.value(data);
    Sizes sizes;
    sizes.lines = parser.value(lines).toLongLong();
    sizes.deals = parser.value(deals).toLongLong();
    QDir().mkpath(dir);

    if (!QFileInfo::exists(dir + QStringLiteral("/erp.fdb"))) {
        QProcess init;
        init.setProcessChannelMode(QProcess::MergedChannels);
        init.start(parser.value(binary), {QStringLiteral("--data"), dir, QStringLiteral("--init"),
                                          QStringLiteral("--admin-password"), Password});
        if (!init.waitForFinished(600000) || init.exitCode() != 0)
            die(QStringLiteral("--init failed: ") + QString::fromUtf8(init.readAll()));
    }
    qint64 scanMs = 0;
    fillDatabase(dir + QStringLiteral("/erp.fdb"), sizes, &scanMs);
    print(QStringLiteral("scan: a year of movements grouped by client, without aggregates: %1 ms").arg(scanMs));

    QProcess running;
    const quint16 port = quint16(parser.value(portOption).toUInt());
    QElapsedTimer starting;
    starting.start();
    Connection c;
    QString error;
    if (!erp::bench::startServer(running, parser.value(binary), dir, port, Password,
                                 {QStringLiteral("--report-timeout"), QStringLiteral("600")}, 1800000, c, &error))
        die(error);
    print(QStringLiteral("start: erp-server listening after %1 s (fills the aggregates, folds the funnel summary)")
              .arg(starting.elapsed() / 1000.0, 0, 'f', 1));

    const QList<Case> cases{
        {QStringLiteral("abc_xyz clients by revenue, 12 months"), QStringLiteral("abc_xyz"), {}},
        {QStringLiteral("abc_xyz products by margin, 12 months"), QStringLiteral("abc_xyz"),
         map({{QStringLiteral("subject"), QStringLiteral("products")}, {QStringLiteral("measure"), QStringLiteral("margin")}})},
        {QStringLiteral("sales_funnel, whole history"), QStringLiteral("sales_funnel"), {}},
        {QStringLiteral("sales_funnel by manager"), QStringLiteral("sales_funnel"),
         map({{QStringLiteral("groupBy"), QStringLiteral("manager")}})},
        {QStringLiteral("bcg by product group"), QStringLiteral("bcg"), {}},
        {QStringLiteral("bcg by client group"), QStringLiteral("bcg"),
         map({{QStringLiteral("by"), QStringLiteral("partner_groups")}})},
        {QStringLiteral("managers, whole history"), QStringLiteral("managers"), {}},
        {QStringLiteral("managers, last 12 months"), QStringLiteral("managers"), map({{QStringLiteral("from"), monthsAgo(11)}})},
        {QStringLiteral("managers, this month"), QStringLiteral("managers"), map({{QStringLiteral("from"), monthsAgo(0)}})},
        {QStringLiteral("rfm"), QStringLiteral("rfm"), {}},
        {QStringLiteral("sales_dynamics"), QStringLiteral("sales_dynamics"), {}},
    };
    const int n = std::max(1, parser.value(runs).toInt());
    print(QString());
    qint64 progress = 0;
    c.setEventHandler([&progress](const QCborMap &e) {
        if (e.value(QStringLiteral("event")).toString() == QLatin1String("progress"))
            ++progress;
    });
    print(QStringLiteral("| report | rows | first ms | median ms | min ms | progress pushes |"));
    print(QStringLiteral("|---|---:|---:|---:|---:|---:|"));
    for (const Case &k : cases) {
        QList<qint64> times;
        qint64 rows = 0;
        progress = 0;
        for (int i = 0; i < n; ++i) {
            QElapsedTimer t;
            t.start();
            const Reply r = must(c, QStringLiteral("report.run"),
                                 map({{QStringLiteral("report"), k.report}, {QStringLiteral("params"), k.params}}));
            times.append(t.elapsed());
            rows = r.result.toMap().value(QStringLiteral("rows")).toArray().size();
        }
        const qint64 first = times.first();
        std::sort(times.begin(), times.end());
        print(QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |")
                  .arg(k.label)
                  .arg(rows)
                  .arg(first)
                  .arg(times.at(times.size() / 2))
                  .arg(times.first())
                  .arg(progress));
    }
    // A report of about a hundred pages printed by the server: its query, table and chart.
    {
        QList<qint64> times;
        qint64 pages = 0, bytes = 0;
        for (int i = 0; i < n; ++i) {
            QElapsedTimer t;
            t.start();
            const Reply r = must(c, QStringLiteral("report.pdf"),
                                 map({{QStringLiteral("report"), QStringLiteral("abc_xyz")},
                                      {QStringLiteral("params"), map({{QStringLiteral("subject"), QStringLiteral("products")}})}}));
            times.append(t.elapsed());
            pages = r.result.toMap().value(QStringLiteral("pages")).toInteger();
            bytes = r.result.toMap().value(QStringLiteral("pdf")).toByteArray().size();
        }
        std::sort(times.begin(), times.end());
        print(QStringLiteral("| report.pdf abc_xyz products (%1 pages, %2 bytes) | | | %3 | %4 | |")
                  .arg(pages)
                  .arg(bytes)
                  .arg(times.at(times.size() / 2))
                  .arg(times.first()));
    }
    c.close();
    running.terminate();
    running.waitForFinished(60000);
    return 0;
}
