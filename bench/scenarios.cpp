#include "scenarios.h"

#include <QCborArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <chrono>

namespace erp::bench {

using Clock = std::chrono::steady_clock;
using erp::client::Connection;
using erp::client::Reply;

namespace {

const QString Partners = QStringLiteral("partners");

double millisecondsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

QString describeError(const QString &method, const QCborMap &params, const Reply &reply)
{
    QString text = QStringLiteral("%1 %2 failed: %3 (%4)")
                       .arg(method,
                            QString::fromUtf8(QJsonDocument(params.toJsonObject()).toJson(QJsonDocument::Compact)),
                            erp::protocol::errorCodeName(reply.error.code))
                       .arg(int(reply.error.code));
    if (!reply.error.field.isEmpty())
        text += QStringLiteral(" field %1").arg(reply.error.field);
    return text + QStringLiteral(": ") + reply.error.message;
}

QCborMap listParams(const QString &sort, int limit)
{
    QCborMap p;
    p.insert(QStringLiteral("kind"), Partners);
    p.insert(QStringLiteral("sort"), sort);
    p.insert(QStringLiteral("limit"), limit);
    return p;
}

// A Czech company ID (IČO) with a valid modulo-11 check digit.
QString makeIco(QRandomGenerator &random)
{
    int sum = 0;
    QString digits;
    for (int i = 0; i < 7; ++i) {
        const int d = int(random.bounded(i == 0 ? 1 : 0, 10));
        sum += d * (8 - i);
        digits += QChar(u'0' + d);
    }
    const int mod = sum % 11;
    return digits + QChar(u'0' + (mod == 0 ? 1 : mod == 1 ? 0 : 11 - mod));
}

} // namespace

Scenarios::Scenarios(const BenchOptions &options, Reporter &reporter)
    : m_options(options), m_reporter(reporter), m_runner(options)
{
}

void Scenarios::connect()
{
    auto connection = std::make_unique<Connection>();
    QString error;
    if (!openSession(m_options, connection.get(), &error))
        throw BenchFailure(error);
    m_serverName = connection->serverName();
    m_control = std::move(connection);
}

QCborValue Scenarios::mustCall(const QString &method, const QCborMap &params)
{
    if (!m_control)
        connect();
    const Reply reply = m_control->call(method, params, m_options.timeoutMs);
    m_control->takeEvents();
    if (!reply.ok)
        throw BenchFailure(describeError(method, params, reply));
    return reply.result;
}

void Scenarios::reportLoad(const QString &scenario, const QString &name, int connections, const LoadResult &result,
                           const QJsonObject &extra)
{
    if (!result.error.isEmpty())
        throw BenchFailure(QStringLiteral("%1 %2 with %3 connections: %4").arg(scenario, name).arg(connections).arg(result.error));
    if (result.calls == 0 || result.seconds <= 0)
        throw BenchFailure(QStringLiteral("%1 %2 with %3 connections: no call completed").arg(scenario, name).arg(connections));
    Measurement m;
    m.scenario = scenario;
    m.name = name;
    m.connections = connections;
    m.calls = result.calls;
    m.seconds = result.seconds;
    m.hasRate = true;
    m.latency = result.latencies.summary();
    m.extra = extra;
    m_reporter.report(m);
}

qint64 Scenarios::pickPartnerId()
{
    QCborMap params = listParams(QStringLiteral("name"), 1);
    QCborMap notGroup;
    notGroup.insert(QStringLiteral("field"), QStringLiteral("is_group"));
    notGroup.insert(QStringLiteral("value"), false);
    params.insert(QStringLiteral("filters"), QCborArray{notGroup});
    const QCborArray rows = mustCall(QStringLiteral("catalog.list"), params).toMap().value(QStringLiteral("rows")).toArray();
    if (rows.isEmpty())
        throw BenchFailure(QStringLiteral("the partners catalog has no elements; create a demo database first"));
    return rows.first().toMap().value(QStringLiteral("id")).toInteger();
}

void Scenarios::roundtrips()
{
    const auto duration = std::chrono::seconds(m_options.seconds);
    const int timeout = m_options.timeoutMs;
    const CallFunction ping = [timeout](Connection &c, int, qint64) {
        return c.call(QStringLiteral("system.ping"), {}, timeout);
    };
    for (int n : m_options.roundtripConnections)
        reportLoad(QStringLiteral("roundtrips"), QStringLiteral("system.ping"), n, m_runner.run(n, duration, ping));

    const qint64 id = pickPartnerId();
    QCborMap readParams;
    readParams.insert(QStringLiteral("kind"), Partners);
    readParams.insert(QStringLiteral("id"), id);
    const CallFunction read = [readParams, timeout](Connection &c, int, qint64) {
        return c.call(QStringLiteral("catalog.read"), readParams, timeout);
    };
    QJsonObject extra;
    extra.insert(QStringLiteral("id"), id);
    for (int n : m_options.roundtripConnections)
        reportLoad(QStringLiteral("roundtrips"), QStringLiteral("catalog.read partners"), n, m_runner.run(n, duration, read),
                   extra);
}

void Scenarios::creates()
{
    static const QStringList cities{QStringLiteral("České Budějovice"), QStringLiteral("Ústí nad Labem"),
                                    QStringLiteral("Hradec Králové"), QStringLiteral("Plzeň"), QStringLiteral("Žďár nad Sázavou")};
    // A tag per run keeps names and e-mails of repeated runs apart.
    const QString run = QString::number(QDateTime::currentMSecsSinceEpoch() % 100000000, 36);
    const int timeout = m_options.timeoutMs;
    const CallFunction create = [run, timeout](Connection &c, int worker, qint64 iteration) {
        thread_local QRandomGenerator random(quint32(worker * 7919 + 17));
        const QString tag = QStringLiteral("%1-%2-%3").arg(run).arg(worker).arg(iteration + 1);
        QCborMap values;
        values.insert(QStringLiteral("name"), QStringLiteral("Žluťoučký kůň úpěl ďábelské ódy %1 s.r.o.").arg(tag));
        values.insert(QStringLiteral("ico"), makeIco(random));
        values.insert(QStringLiteral("email"), QStringLiteral("bench.%1@example.cz").arg(tag));
        values.insert(QStringLiteral("city"), cities.at(int((worker + iteration + 1) % cities.size())));
        QCborMap params;
        params.insert(QStringLiteral("kind"), Partners);
        params.insert(QStringLiteral("values"), values);
        return c.call(QStringLiteral("catalog.create"), params, timeout);
    };
    m_control.reset();
    const auto duration = std::chrono::seconds(m_options.seconds);
    for (int n : m_options.createConnections)
        reportLoad(QStringLiteral("creates"), QStringLiteral("catalog.create partners"), n, m_runner.run(n, duration, create));
}

QCborMap Scenarios::measureCall(const QString &name, const QString &method, const QCborMap &params)
{
    Samples samples;
    QCborMap last;
    for (int i = 0; i < m_options.repeat; ++i) {
        const Clock::time_point start = Clock::now();
        last = mustCall(method, params).toMap();
        samples.add(millisecondsSince(start));
    }
    Measurement m;
    m.scenario = QStringLiteral("listpages");
    m.name = name;
    m.calls = samples.size();
    m.latency = samples.summary();
    m.extra.insert(QStringLiteral("method"), method);
    m.extra.insert(QStringLiteral("params"), params.toJsonObject());
    m.extra.insert(QStringLiteral("rows"), last.value(QStringLiteral("rows")).toArray().size());
    m_reporter.report(m);
    return last;
}

void Scenarios::listPages()
{
    const QString list = QStringLiteral("catalog.list");

    const QCborMap first = measureCall(QStringLiteral("first page (name)"), list, listParams(QStringLiteral("name"), 100));
    if (!first.value(QStringLiteral("more")).toBool())
        m_reporter.note(QStringLiteral("the partners catalog fits on one page; the paging figures mean little"));

    // Follow the keyset cursor from the first page, m_options.pages pages per walk.
    Samples walk;
    qint64 walkedRows = 0;
    for (int r = 0; r < m_options.repeat; ++r) {
        QCborValue next = first.value(QStringLiteral("next"));
        walkedRows = 0;
        for (int page = 0; page < m_options.pages && next.isMap(); ++page) {
            QCborMap params = listParams(QStringLiteral("name"), 100);
            params.insert(QStringLiteral("after"), next);
            const Clock::time_point start = Clock::now();
            const QCborMap result = mustCall(list, params).toMap();
            walk.add(millisecondsSince(start));
            walkedRows += result.value(QStringLiteral("rows")).toArray().size();
            next = result.value(QStringLiteral("next"));
        }
    }
    Measurement m;
    m.scenario = QStringLiteral("listpages");
    m.name = QStringLiteral("next pages (name, %1/walk)").arg(m_options.pages);
    m.calls = walk.size();
    m.latency = walk.summary();
    m.extra.insert(QStringLiteral("method"), list);
    m.extra.insert(QStringLiteral("pagesPerWalk"), m_options.pages);
    m.extra.insert(QStringLiteral("rowsPerWalk"), walkedRows);
    m_reporter.report(m);

    QCborMap deep = listParams(QStringLiteral("name"), 100);
    QCborMap after;
    after.insert(QStringLiteral("value"), QStringLiteral("Ž"));
    after.insert(QStringLiteral("id"), 0);
    deep.insert(QStringLiteral("after"), after);
    const QCborMap deepResult = measureCall(QStringLiteral("deep page (name after Ž)"), list, deep);

    QCborMap end = listParams(QStringLiteral("name"), 100);
    end.insert(QStringLiteral("descending"), true);
    measureCall(QStringLiteral("last page (name desc)"), list, end);

    measureCall(QStringLiteral("first page (code)"), list, listParams(QStringLiteral("code"), 100));

    QCborMap words;
    words.insert(QStringLiteral("kind"), Partners);
    words.insert(QStringLiteral("text"), QStringLiteral("zluty kun"));
    measureCall(QStringLiteral("search \"zluty kun\""), QStringLiteral("catalog.search"), words);

    // A code prefix shared by about 100 partners: a real code without its last two digits.
    QString code;
    const QCborArray deepRows = deepResult.value(QStringLiteral("rows")).toArray();
    const QCborArray firstRows = first.value(QStringLiteral("rows")).toArray();
    const QCborArray &source = deepRows.isEmpty() ? firstRows : deepRows;
    if (!source.isEmpty())
        code = source.first().toMap().value(QStringLiteral("code")).toString();
    if (code.size() < 3)
        throw BenchFailure(QStringLiteral("no partner code found to search for"));
    const QString prefix = code.left(code.size() - 2);
    QCborMap byCode;
    byCode.insert(QStringLiteral("kind"), Partners);
    byCode.insert(QStringLiteral("text"), prefix);
    measureCall(QStringLiteral("search code prefix \"%1\"").arg(prefix), QStringLiteral("catalog.search"), byCode);
}

} // namespace erp::bench
