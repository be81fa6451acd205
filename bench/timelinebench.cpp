// erp-timeline-bench: the partner card's timeline (crm.history) of a partner with 100,000
// entries, through the real server: the first page, and a page deep inside (after ~90,000
// entries), median and p95 of repeated calls.
//
// It starts its own erp-server on a new embedded database (ERP_SERVER_BIN, else the one
// built next to it), creates the catalogs through the protocol, stops the server, fills the
// documents with bulk SQL in one transaction (orders, invoices, payments and deals with a
// stage change each, spread over ten years, plus documents of another partner), starts the
// server again and measures.
//   erp-timeline-bench [--entries 100000] [--repeat 30] [--limit 50]
#include "serverprocess.h"
#include "benchio.h"
#include "stats.h"

#include "connection.h"

#include <QCborArray>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

namespace {

using erp::client::Connection;
using erp::client::Reply;
using erp::bench::print;

[[noreturn]] void die(const QString &message)
{
    erp::bench::die(QStringLiteral("error"), message);
}

Reply must(Connection &c, const QString &method, const QCborMap &params)
{
    const Reply r = c.call(method, params, 600000);
    if (!r.ok)
        die(QStringLiteral("%1: %2 (%3)").arg(method, r.error.message, r.error.field));
    return r;
}

qint64 create(Connection &c, const QString &kind, const QCborMap &values)
{
    return must(c, QStringLiteral("catalog.create"), QCborMap{{QStringLiteral("kind"), kind}, {QStringLiteral("values"), values}})
        .result.toMap()
        .value(QStringLiteral("id"))
        .toInteger();
}

struct Ids
{
    qint64 organization = 0, partner = 0, counterparty = 0, other = 0, otherCounterparty = 0, manager = 0;
};

// Every entry of the partner: of `entries`, one in twenty is a deal (with one stage change,
// an entry of its own), the rest orders, invoices and payments, one every 50 minutes back
// from 30 Nov 2026; `others` documents of another partner in between.
void fill(const QString &path, const Ids &ids, int entries, int others)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QIBASE"), QStringLiteral("bench"));
    db.setDatabaseName(path);
    db.setUserName(QStringLiteral("SYSDBA"));
    db.setConnectOptions(QStringLiteral("ISC_DPB_LC_CTYPE=UTF8"));
    if (!db.open())
        die(QStringLiteral("open %1: %2").arg(path, db.lastError().text()));
    db.transaction();
    QSqlQuery q(db);
    const QString block = QStringLiteral(
        "EXECUTE BLOCK AS "
        "DECLARE I INTEGER = 0; DECLARE ID BIGINT; DECLARE D TIMESTAMP; DECLARE P BIGINT; DECLARE C BIGINT; "
        "DECLARE K INTEGER; "
        "BEGIN "
        "  WHILE (I < %1) DO BEGIN "
        "    ID = NEXT VALUE FOR SEQ_OBJECT_ID; "
        "    D = DATEADD(-I * 50 MINUTE TO TIMESTAMP '2026-11-30 12:00:00'); "
        "    P = IIF(MOD(I, %3) = %3 - 1, %6, %4); C = IIF(P = %4, %5, %7); "
        "    K = MOD(I, 20); "
        "    IF (K = 19) THEN BEGIN "
        "      INSERT INTO DOC_DEALS (ID, ROW_VERSION, NUMBER, DOC_DATE, STATUS, DELETED, CREATED_AT, UPDATED_AT, "
        "        SUBJECT, PARTNER, MANAGER, EXPECTED_AMOUNT) VALUES (:ID, 1, 'DL-B-' || :I, :D, 'qualification', FALSE, "
        "        :D, :D, 'Deal ' || :I, :P, %8, 1000); "
        "      INSERT INTO ERP_WORKFLOW_HISTORY (ID, OBJECT_KIND, OBJECT_ID, TRANSITION, FROM_STATE, TO_STATE, USER_ID, "
        "        USER_LOGIN, MOVED_AT) VALUES (NEXT VALUE FOR SEQ_OBJECT_ID, 'deals', :ID, 'to_qualification', 'lead', "
        "        'qualification', %8, 'admin', DATEADD(20 MINUTE TO :D)); "
        "    END ELSE IF (K < 8) THEN "
        "      INSERT INTO DOC_SALES_ORDERS (ID, ROW_VERSION, NUMBER, DOC_DATE, STATUS, DELETED, CREATED_AT, UPDATED_AT, "
        "        ORGANIZATION, PARTNER, COUNTERPARTY, INVOICING, TOTAL, MANAGER) VALUES (:ID, 1, 'SO-B-' || :I, :D, "
        "        'posted', FALSE, :D, :D, %2, :P, :C, 'on_order', 1210, %8); "
        "    ELSE IF (K < 14) THEN "
        "      INSERT INTO DOC_SALES_INVOICES (ID, ROW_VERSION, NUMBER, DOC_DATE, STATUS, DELETED, CREATED_AT, "
        "        UPDATED_AT, ORGANIZATION, PARTNER, COUNTERPARTY, TOTAL, MANAGER) VALUES (:ID, 1, 'FV-B-' || :I, :D, "
        "        'posted', FALSE, :D, :D, %2, :P, :C, 1210, %8); "
        "    ELSE "
        "      INSERT INTO DOC_INCOMING_PAYMENTS (ID, ROW_VERSION, NUMBER, DOC_DATE, STATUS, DELETED, CREATED_AT, "
        "        UPDATED_AT, ORGANIZATION, PARTNER, COUNTERPARTY, TOTAL) VALUES (:ID, 1, 'PP-B-' || :I, :D, 'posted', "
        "        FALSE, :D, :D, %2, :P, :C, 1210); "
        "    I = I + 1; "
        "  END "
        "END");
    // One in `every` rows is the other partner's, so the partner still gets `entries`.
    const int every = others > 0 ? std::max(2, (entries + others) / others) : (entries + 1) * 2;
    const int total = entries + (others > 0 ? (entries + others) / every : 0);
    const QString sql = block.arg(total)
                            .arg(ids.organization)
                            .arg(every)
                            .arg(ids.partner)
                            .arg(ids.counterparty)
                            .arg(ids.other)
                            .arg(ids.otherCounterparty)
                            .arg(ids.manager);
    QElapsedTimer t;
    t.start();
    if (!q.exec(sql))
        die(QStringLiteral("fill: %1").arg(q.lastError().text()));
    if (!db.commit())
        die(QStringLiteral("commit: %1").arg(db.lastError().text()));
    print(QStringLiteral("filled %1 rows in %2 s").arg(total).arg(t.elapsed() / 1000.0, 0, 'f', 1));
    q = QSqlQuery();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("bench"));
}

QCborMap page(Connection &c, qint64 partner, const QCborValue &after, int limit)
{
    QCborMap p{{QStringLiteral("partner"), partner}, {QStringLiteral("limit"), limit}};
    if (!after.isUndefined())
        p.insert(QStringLiteral("after"), after);
    return must(c, QStringLiteral("crm.history"), p).result.toMap();
}

erp::bench::LatencySummary timed(Connection &c, qint64 partner, const QCborValue &after, int limit, int repeat)
{
    erp::bench::Samples samples;
    page(c, partner, after, limit); // warm
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer t;
        t.start();
        const QCborMap answer = page(c, partner, after, limit);
        samples.add(t.nsecsElapsed() / 1e6);
        if (answer.value(QStringLiteral("rows")).toArray().size() != limit)
            die(QStringLiteral("a page of %1 rows was expected").arg(limit));
    }
    return samples.summary();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The timeline of a partner with 100,000 entries (crm.history)."));
    parser.addHelpOption();
    const QCommandLineOption entries(QStringLiteral("entries"), QStringLiteral("Documents of the partner."),
                                     QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption others(QStringLiteral("others"), QStringLiteral("Documents of another partner."),
                                    QStringLiteral("n"), QStringLiteral("20000"));
    const QCommandLineOption repeat(QStringLiteral("repeat"), QStringLiteral("Calls per measurement."),
                                    QStringLiteral("n"), QStringLiteral("30"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("Rows per page."), QStringLiteral("n"),
                                   QStringLiteral("50"));
    parser.addOptions({entries, others, repeat, limit});
    parser.process(app);
    const int n = parser.value(entries).toInt(), rows = parser.value(limit).toInt();
    const int times = parser.value(repeat).toInt();
    if (qEnvironmentVariableIsEmpty("ERP_SERVER_BIN"))
        qputenv("ERP_SERVER_BIN", QByteArrayLiteral(ERP_SERVER_BIN_DEFAULT));

    erp::test::ServerProcess server;
    if (server.database().isServer())
        die(QStringLiteral("the bench fills an embedded database; unset ERP_TEST_DB"));
    if (!server.start())
        die(QStringLiteral("the server did not start: ") + server.log());
    Ids ids;
    {
        const auto c = server.connect();
        if (!c)
            die(QStringLiteral("cannot connect"));
        ids.manager = must(*c, QStringLiteral("auth.whoami"), {}).result.toMap().value(QStringLiteral("id")).toInteger();
        ids.organization = create(*c, QStringLiteral("organizations"), QCborMap{{QStringLiteral("name"), QStringLiteral("Alfa Obchod")}});
        ids.partner = create(*c, QStringLiteral("partners"), QCborMap{{QStringLiteral("name"), QStringLiteral("Velký Zákazník")}});
        ids.counterparty = create(*c, QStringLiteral("counterparties"),
                                  QCborMap{{QStringLiteral("name"), QStringLiteral("Velký Zákazník s.r.o.")},
                                           {QStringLiteral("partner"), ids.partner}});
        ids.other = create(*c, QStringLiteral("partners"), QCborMap{{QStringLiteral("name"), QStringLiteral("Jiný Zákazník")}});
        ids.otherCounterparty = create(*c, QStringLiteral("counterparties"),
                                       QCborMap{{QStringLiteral("name"), QStringLiteral("Jiný Zákazník a.s.")},
                                                {QStringLiteral("partner"), ids.other}});
    }
    server.stop();
    fill(server.database().dataDir() + QStringLiteral("/erp.fdb"), ids, n, parser.value(others).toInt());
    if (!server.restart())
        die(QStringLiteral("the server did not restart: ") + server.log());
    const auto c = server.connect();
    if (!c)
        die(QStringLiteral("cannot connect"));

    // Walk to the deep page once, counting every entry (documents and stage changes).
    QElapsedTimer walk;
    walk.start();
    QCborValue after, deep;
    qint64 seen = 0;
    int pages = 0;
    const qint64 target = qint64(n) * 9 / 10;
    for (;;) {
        const QCborMap answer = page(*c, ids.partner, after, 500);
        seen += answer.value(QStringLiteral("rows")).toArray().size();
        ++pages;
        after = answer.value(QStringLiteral("next"));
        if (deep.isUndefined() && seen >= target)
            deep = after;
        if (after.isNull())
            break;
    }
    print(QStringLiteral("walked the whole timeline: %1 entries in %2 pages of 500, %3 s")
              .arg(seen)
              .arg(pages)
              .arg(walk.elapsed() / 1000.0, 0, 'f', 1));
    const erp::bench::LatencySummary first = timed(*c, ids.partner, QCborValue(), rows, times);
    print(QStringLiteral("crm.history first page (%1 rows): median %2 ms, p95 %3 ms (%4)")
              .arg(rows)
              .arg(first.p50, 0, 'f', 2)
              .arg(first.p95, 0, 'f', 2)
              .arg(erp::bench::describe(first)));
    const erp::bench::LatencySummary inside = timed(*c, ids.partner, deep, rows, times);
    print(QStringLiteral("crm.history page after %1 entries (%2 rows): median %3 ms, p95 %4 ms (%5)")
              .arg(target)
              .arg(rows)
              .arg(inside.p50, 0, 'f', 2)
              .arg(inside.p95, 0, 'f', 2)
              .arg(erp::bench::describe(inside)));
    server.stop();
    return 0;
}
