// erp-pipeline-bench: crm.pipeline over 100,000 open deals through the real server.
//   erp-pipeline-bench --data DIR [--server-binary build/server/erp-server] [--deals 100000]
//                      [--closed 20000] [--calls 50]
// DIR must not exist: the bench initializes a database there, creates a deal type and 200
// partners through the protocol, stops the server, inserts the deals in one transaction with
// one EXECUTE BLOCK (spread over the four open stages, 5 managers, amounts 1,000-100,000;
// `--closed` more that are won or lost), starts the server again and times `--calls` calls of
// crm.pipeline (all deals, then filtered by a manager), after one warm-up call each.
#include "benchio.h"
#include "stats.h"

#include "connection.h"
#include "db/dbconfig.h"
#include "db/firebird.h"

#include <QCborArray>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

namespace {

using erp::client::Connection;
using erp::client::Reply;
using erp::bench::map;
using erp::bench::print;

const QString Password = QStringLiteral("Pipeline-Bench-1");

[[noreturn]] void die(const QString &why)
{
    erp::bench::die(QStringLiteral("erp-pipeline-bench"), why);
}


class Server
{
public:
    Server(QString binary, QString data) : m_binary(std::move(binary)), m_data(std::move(data)) {}
    ~Server() { stop(); }

    void init()
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(m_binary, {QStringLiteral("--data"), m_data, QStringLiteral("--init"), QStringLiteral("--admin-password"),
                           Password});
        if (!p.waitForFinished(600000) || p.exitCode() != 0)
            die(QStringLiteral("--init failed: ") + QString::fromUtf8(p.readAll()));
    }
    quint16 start()
    {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(m_binary, {QStringLiteral("--data"), m_data, QStringLiteral("--listen"),
                                   QStringLiteral("127.0.0.1:0")});
        static const QRegularExpression listening(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
        QString log;
        for (int i = 0; i < 300; ++i) {
            m_process.waitForReadyRead(200);
            log += QString::fromUtf8(m_process.readAll());
            const auto m = listening.match(log);
            if (m.hasMatch())
                return quint16(m.captured(1).toUInt());
            if (m_process.state() == QProcess::NotRunning)
                break;
        }
        die(QStringLiteral("the server did not start: ") + log);
    }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(30000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }

private:
    QString m_binary, m_data;
    QProcess m_process;
};

std::unique_ptr<Connection> connect(quint16 port)
{
    auto c = std::make_unique<Connection>();
    QString error;
    if (!c->open(QStringLiteral("127.0.0.1"), port, &error) || !c->login(QStringLiteral("admin"), Password, &error))
        die(QStringLiteral("connect: ") + error);
    return c;
}

Reply must(Connection &c, const QString &method, const QCborMap &params)
{
    const Reply r = c.call(method, params, 600000);
    if (!r.ok)
        die(QStringLiteral("%1 failed: %2").arg(method, r.error.message));
    return r;
}

qint64 create(Connection &c, const QString &kind, const QCborMap &values, const QCborMap &sections = {})
{
    QCborMap p = map({{QStringLiteral("kind"), kind}, {QStringLiteral("values"), values}});
    if (!sections.isEmpty())
        p.insert(QStringLiteral("sections"), sections);
    return must(c, QStringLiteral("catalog.create"), p).result.toMap().value(QStringLiteral("id")).toInteger();
}

// The deals, in one transaction: what a year of a large sales team leaves open.
void fill(const QString &data, qint64 type, qint64 firstPartner, int partners, const QList<qint64> &managers,
          int open, int closed)
{
    erp::db::DbConfig config;
    config.path = QDir(data).filePath(QStringLiteral("erp.fdb"));
    QSqlDatabase db;
    QString error;
    if (!erp::db::openConnection(config, QStringLiteral("bench"), &db, &error))
        die(error);
    db.transaction();
    QSqlQuery q(db);
    const QString sql = QStringLiteral(
        "EXECUTE BLOCK AS "
        "DECLARE I INTEGER = 0; DECLARE ID BIGINT; DECLARE S VARCHAR(40); DECLARE P NUMERIC(5,2); "
        "DECLARE A NUMERIC(18,4); DECLARE M BIGINT; "
        "BEGIN "
        "  WHILE (I < %1) DO BEGIN "
        "    ID = NEXT VALUE FOR SEQ_OBJECT_ID; "
        "    IF (I >= %2) THEN BEGIN S = IIF(MOD(I, 2) = 0, 'won', 'lost'); P = IIF(S = 'won', 100, 0); END "
        "    ELSE IF (MOD(I, 4) = 0) THEN BEGIN S = 'lead'; P = 10; END "
        "    ELSE IF (MOD(I, 4) = 1) THEN BEGIN S = 'qualification'; P = 25; END "
        "    ELSE IF (MOD(I, 4) = 2) THEN BEGIN S = 'proposal'; P = 50; END "
        "    ELSE BEGIN S = 'negotiation'; P = 80; END "
        "    A = 1000 + MOD(I * 7919, 99001); "
        "    M = CASE MOD(I, 5) WHEN 0 THEN %3 WHEN 1 THEN %4 WHEN 2 THEN %5 WHEN 3 THEN %6 ELSE %7 END; "
        "    INSERT INTO DOC_DEALS (ID, ROW_VERSION, NUMBER, DOC_DATE, STATUS, DELETED, CREATED_AT, UPDATED_AT, "
        "      SUBJECT, PARTNER, DEAL_TYPE, MANAGER, EXPECTED_AMOUNT, PROBABILITY, WEIGHTED_AMOUNT) "
        "    VALUES (:ID, 1, 'DL-B-' || :I, DATEADD(-MOD(:I, 365) DAY TO CURRENT_TIMESTAMP), :S, FALSE, "
        "      CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Bench deal ' || :I, %8 + MOD(:I, %9), %10, :M, :A, :P, "
        "      CAST(:A * :P / 100 AS NUMERIC(18,2))); "
        "    I = I + 1; "
        "  END "
        "END");
    QStringList m;
    for (int i = 0; i < 5; ++i)
        m.append(QString::number(managers.value(i % managers.size())));
    QElapsedTimer timer;
    timer.start();
    if (!q.exec(sql.arg(open + closed).arg(open).arg(m[0], m[1], m[2], m[3], m[4]).arg(firstPartner).arg(partners).arg(type)))
        die(QStringLiteral("fill: ") + q.lastError().text());
    if (!db.commit())
        die(QStringLiteral("commit: ") + db.lastError().text());
    print(QStringLiteral("filled %1 open and %2 closed deals in %3 s").arg(open).arg(closed).arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    db.close();
}

erp::bench::LatencySummary measure(Connection &c, const QCborMap &params, int calls, QCborMap *answer)
{
    *answer = must(c, QStringLiteral("crm.pipeline"), params).result.toMap(); // warm-up
    erp::bench::Samples samples;
    for (int i = 0; i < calls; ++i) {
        QElapsedTimer t;
        t.start();
        must(c, QStringLiteral("crm.pipeline"), params);
        samples.add(double(t.nsecsElapsed()) / 1e6);
    }
    return samples.summary();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("A new directory for the database."), QStringLiteral("dir"));
    const QCommandLineOption binary(QStringLiteral("server-binary"), QStringLiteral("The erp-server to run."),
                                    QStringLiteral("path"), QStringLiteral("build/server/erp-server"));
    const QCommandLineOption deals(QStringLiteral("deals"), QStringLiteral("Open deals."), QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption closed(QStringLiteral("closed"), QStringLiteral("Won or lost deals besides."), QStringLiteral("n"),
                                    QStringLiteral("20000"));
    const QCommandLineOption calls(QStringLiteral("calls"), QStringLiteral("Timed calls per case."), QStringLiteral("n"),
                                   QStringLiteral("50"));
    parser.addOptions({data, binary, deals, closed, calls});
    parser.process(app);
    if (!parser.isSet(data) || QDir(parser.value(data)).exists())
        die(QStringLiteral("--data must name a directory that does not exist yet"));
    const int open = parser.value(deals).toInt(), done = parser.value(closed).toInt(), n = parser.value(calls).toInt();
    if (open <= 0 || done < 0 || n <= 0)
        die(QStringLiteral("--deals and --calls must be positive, --closed not negative"));

    Server server(parser.value(binary), parser.value(data));
    server.init();
    qint64 type = 0, firstPartner = 0;
    QList<qint64> managers;
    const int partners = 200;
    {
        auto c = connect(server.start());
        type = create(*c, QStringLiteral("deal_types"), map({{QStringLiteral("name"), QStringLiteral("Bench process")}}),
                      map({{QStringLiteral("stages"),
                            QCborArray{map({{QStringLiteral("stage"), QStringLiteral("lead")}, {QStringLiteral("probability"), QStringLiteral("10")}}),
                                       map({{QStringLiteral("stage"), QStringLiteral("qualification")}, {QStringLiteral("probability"), QStringLiteral("25")}}),
                                       map({{QStringLiteral("stage"), QStringLiteral("proposal")}, {QStringLiteral("probability"), QStringLiteral("50")}}),
                                       map({{QStringLiteral("stage"), QStringLiteral("negotiation")}, {QStringLiteral("probability"), QStringLiteral("80")}})}}}));
        for (int i = 0; i < partners; ++i) {
            const qint64 id = create(*c, QStringLiteral("partners"), map({{QStringLiteral("name"), QStringLiteral("Bench partner %1").arg(i)}}));
            if (i == 0)
                firstPartner = id;
            else if (id != firstPartner + i)
                die(QStringLiteral("partner ids are not consecutive; run on an idle server"));
        }
        for (int i = 0; i < 5; ++i)
            managers.append(create(*c, QStringLiteral("users"),
                                   map({{QStringLiteral("code"), QStringLiteral("manager%1").arg(i)},
                                        {QStringLiteral("name"), QStringLiteral("Manager %1").arg(i)},
                                        {QStringLiteral("role"), QStringLiteral("manager")}})));
        server.stop();
    }
    fill(parser.value(data), type, firstPartner, partners, managers, open, done);

    auto c = connect(server.start());
    QCborMap answer;
    const erp::bench::LatencySummary all = measure(*c, {}, n, &answer);
    const QCborMap total = answer.value(QStringLiteral("total")).toMap();
    if (total.value(QStringLiteral("count")).toInteger() != open)
        die(QStringLiteral("the pipeline counts %1 open deals, not %2").arg(total.value(QStringLiteral("count")).toInteger()).arg(open));
    print(QStringLiteral("crm.pipeline, %1 open deals (%2 closed): %3; total %4, weighted %5")
              .arg(open)
              .arg(done)
              .arg(erp::bench::describe(all), total.value(QStringLiteral("amount")).toString(),
                   total.value(QStringLiteral("weighted")).toString()));
    const erp::bench::LatencySummary one =
        measure(*c, map({{QStringLiteral("manager"), managers.first()}}), n, &answer);
    print(QStringLiteral("crm.pipeline, one manager (%1 deals): %2")
              .arg(answer.value(QStringLiteral("total")).toMap().value(QStringLiteral("count")).toInteger())
              .arg(erp::bench::describe(one)));
    server.stop();
    return 0;
}
