// erp-bench: throughput and latency of a running erp-server (see bench/README.md).
#include "benchoptions.h"
#include "report.h"
#include "scenarios.h"

#include "connection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

namespace {

int fail(const QString &text, int code = 1)
{
    std::fputs(qPrintable(QStringLiteral("erp-bench: ") + text + u'\n'), stderr);
    return code;
}

bool parseCount(const QString &text, int max, int *out)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < 1 || v > max)
        return false;
    *out = v;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    using namespace erp::bench;
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("erp-bench"));

    const QStringList known{QStringLiteral("roundtrips"), QStringLiteral("creates"), QStringLiteral("listpages")};
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Measures a running erp-server.\n\n"
        "  roundtrips  system.ping and catalog.read calls/s and latency with 1, 16 and 256 connections\n"
        "  creates     catalog.create of partners per second with 1 and 8 connections\n"
        "  listpages   partners list page and search latency (meant for a scale-200 demo database)\n"
        "  all         the three above in this order"));
    p.addHelpOption();
    const erp::bench::ServerOptions serverOptions;
    serverOptions.addTo(p);
    const QCommandLineOption seconds(QStringLiteral("seconds"), QStringLiteral("Duration of each timed load run (5)."),
                                     QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption repeat(QStringLiteral("repeat"), QStringLiteral("Repetitions of each list measurement (20)."),
                                    QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption pages(QStringLiteral("pages"), QStringLiteral("Pages followed per cursor walk (50)."),
                                   QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption connections(
        QStringLiteral("connections"),
        QStringLiteral("Comma-separated connection counts replacing the defaults of roundtrips and creates."),
        QStringLiteral("LIST"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), QStringLiteral("Seconds to wait for one reply (300)."),
                                     QStringLiteral("S"), QStringLiteral("300"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Append one JSON line per measurement to FILE."),
                                  QStringLiteral("FILE"));
    p.addOptions({seconds, repeat, pages, connections, timeout, json});
    p.addPositionalArgument(QStringLiteral("scenario"), QStringLiteral("roundtrips, creates, listpages or all"),
                            QStringLiteral("scenario..."));
    p.process(app);

    BenchOptions options;
    if (QString error; !serverOptions.read(p, &options, &error))
        return fail(error, 2);
    if (!parseCount(p.value(seconds), 3600, &options.seconds))
        return fail(QStringLiteral("--seconds: expected a number from 1 to 3600"), 2);
    if (!parseCount(p.value(repeat), 100000, &options.repeat))
        return fail(QStringLiteral("--repeat: expected a number from 1 to 100000"), 2);
    if (!parseCount(p.value(pages), 100000, &options.pages))
        return fail(QStringLiteral("--pages: expected a number from 1 to 100000"), 2);
    int timeoutS = 0;
    if (!parseCount(p.value(timeout), 86400, &timeoutS))
        return fail(QStringLiteral("--timeout: expected a number of seconds from 1 to 86400"), 2);
    options.timeoutMs = timeoutS * 1000;
    if (p.isSet(connections)) {
        QList<int> counts;
        for (const QString &item : p.value(connections).split(u',', Qt::SkipEmptyParts)) {
            int n = 0;
            if (!parseCount(item.trimmed(), 4096, &n))
                return fail(QStringLiteral("--connections: expected numbers from 1 to 4096, got \"%1\"").arg(item), 2);
            counts.append(n);
        }
        if (counts.isEmpty())
            return fail(QStringLiteral("--connections: give at least one count"), 2);
        options.roundtripConnections = counts;
        options.createConnections = counts;
    }

    QStringList scenarios;
    for (const QString &arg : p.positionalArguments()) {
        if (arg == QLatin1String("all"))
            scenarios.append(known);
        else if (known.contains(arg))
            scenarios.append(arg);
        else
            return fail(QStringLiteral("unknown scenario \"%1\" (use %2 or all)").arg(arg, known.join(QStringLiteral(", "))), 2);
    }
    if (scenarios.isEmpty())
        return fail(QStringLiteral("name a scenario: %1 or all (see --help)").arg(known.join(QStringLiteral(", "))), 2);

    Reporter reporter;
    QString error;
    if (p.isSet(json) && !reporter.openJson(p.value(json), &error))
        return fail(error);

    Scenarios bench(options, reporter);
    try {
        bench.connect();
        const QString address = QStringLiteral("%1:%2").arg(options.host).arg(options.port);
        reporter.setServer(address, bench.serverName());
        reporter.note(QStringLiteral("server %1 (%2), user %3, %4 s per load run, %5 repetitions per list measurement")
                          .arg(address, bench.serverName(), options.user)
                          .arg(options.seconds)
                          .arg(options.repeat));
        for (const QString &scenario : std::as_const(scenarios)) {
            QElapsedTimer timer;
            timer.start();
            if (scenario == QLatin1String("roundtrips"))
                bench.roundtrips();
            else if (scenario == QLatin1String("creates"))
                bench.creates();
            else
                bench.listPages();
            reporter.note(QStringLiteral("%1 done in %2 s").arg(scenario).arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
        }
    } catch (const BenchFailure &e) {
        return fail(e.message());
    }
    return 0;
}
