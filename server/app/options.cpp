#include "options.h"

#include <QCommandLineParser>
#include <QDir>

namespace erp::app {

bool parseOptions(const QStringList &arguments, ServerOptions *o, QString *error)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("ERP application server"));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("Embedded database directory (DIR/erp.fdb)."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption database(QStringLiteral("database"),
                                      QStringLiteral("Firebird server database, host:/path/erp.fdb."), QStringLiteral("SPEC"));
    const QCommandLineOption dbUser(QStringLiteral("db-user"), QStringLiteral("Firebird user (default SYSDBA or ISC_USER)."),
                                    QStringLiteral("USER"));
    const QCommandLineOption dbPassword(QStringLiteral("db-password"),
                                        QStringLiteral("Firebird password (default ISC_PASSWORD)."), QStringLiteral("PASSWORD"));
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Where to accept clients (127.0.0.1:7410)."),
                                    QStringLiteral("HOST:PORT"));
    const QCommandLineOption metadata(QStringLiteral("metadata"), QStringLiteral("Metadata directory (built-in by default)."),
                                      QStringLiteral("DIR"));
    const QCommandLineOption forms(QStringLiteral("forms"), QStringLiteral("Form layouts directory (built-in by default)."),
                                   QStringLiteral("DIR"));
    const QCommandLineOption admin(QStringLiteral("admin-password"),
                                   QStringLiteral("Password of the first administrator (or ERP_ADMIN_PASSWORD)."),
                                   QStringLiteral("PASSWORD"));
    const QCommandLineOption init(QStringLiteral("init"), QStringLiteral("Create or upgrade the database, then exit."));
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("With --init: fill demo data."));
    const QCommandLineOption scale(QStringLiteral("scale"), QStringLiteral("Demo data size (1 = thousands of partners)."),
                                   QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption demoDays(QStringLiteral("demo-days"),
                                      QStringLiteral("Days of demo business history up to today (0 = none)."),
                                      QStringLiteral("N"), QStringLiteral("730"));
    const QCommandLineOption workers(QStringLiteral("workers"), QStringLiteral("Database worker threads."),
                                     QStringLiteral("N"), QStringLiteral("4"));
    const QCommandLineOption threads(QStringLiteral("threads"), QStringLiteral("Network threads."), QStringLiteral("N"),
                                     QStringLiteral("2"));
    const QCommandLineOption maxFrame(QStringLiteral("max-frame"), QStringLiteral("Largest accepted frame body in bytes."),
                                      QStringLiteral("BYTES"), QString::number(o->limits.maxFrameBody));
    const QCommandLineOption idle(QStringLiteral("idle-timeout"), QStringLiteral("Seconds a logged-in client may stay silent."),
                                  QStringLiteral("S"), QString::number(o->limits.idleTimeout.count()));
    const QCommandLineOption loginTimeout(QStringLiteral("login-timeout"),
                                          QStringLiteral("Seconds from connect to login."), QStringLiteral("S"),
                                          QString::number(o->limits.loginTimeout.count()));
    const QCommandLineOption ioTimeout(QStringLiteral("io-timeout"),
                                       QStringLiteral("Seconds to finish a started frame or to accept a reply."),
                                       QStringLiteral("S"), QString::number(o->limits.frameTimeout.count()));
    const QCommandLineOption scheduler(QStringLiteral("scheduler-interval"),
                                       QStringLiteral("Seconds between runs of the scheduled jobs (reminders, follow-ups); 0 = none."),
                                       QStringLiteral("S"), QString::number(o->schedulerInterval));
    const QCommandLineOption reportTimeout(QStringLiteral("report-timeout"),
                                           QStringLiteral("Seconds a report may run before it is stopped (Timeout)."),
                                           QStringLiteral("S"), QString::number(o->limits.reportTimeout.count()));
    const QCommandLineOption testReports(QStringLiteral("test-reports"),
                                         QStringLiteral("Also register the reports the tests use (a slow one)."));
    p.addOptions({data, database, dbUser, dbPassword, listen, metadata, forms, admin, init, demo, scale, demoDays, workers, threads,
                  maxFrame, idle, loginTimeout, ioTimeout, scheduler, reportTimeout, testReports});
    if (!p.parse(arguments)) {
        *error = p.errorText();
        return false;
    }
    if (p.isSet(QStringLiteral("help")))
        p.showHelp(0);
    if (p.isSet(QStringLiteral("version")))
        p.showVersion();
    if (p.isSet(data) == p.isSet(database)) {
        *error = QStringLiteral("give exactly one of --data DIR or --database host:/path");
        return false;
    }
    if (p.isSet(data)) {
        QDir dir(p.value(data));
        if (!dir.mkpath(QStringLiteral("."))) {
            *error = QStringLiteral("cannot create the data directory %1").arg(p.value(data));
            return false;
        }
        o->database.path = dir.absoluteFilePath(QStringLiteral("erp.fdb"));
    } else {
        o->database = erp::db::DbConfig::fromSpec(p.value(database));
        o->database.user = p.isSet(dbUser) ? p.value(dbUser) : qEnvironmentVariable("ISC_USER", QStringLiteral("SYSDBA"));
        o->database.password = p.isSet(dbPassword) ? p.value(dbPassword) : qEnvironmentVariable("ISC_PASSWORD");
    }
    if (p.isSet(listen)) {
        const QString spec = p.value(listen);
        const qsizetype colon = spec.lastIndexOf(u':');
        bool ok = false;
        const uint port = spec.mid(colon + 1).toUInt(&ok);
        if (colon < 1 || !ok || port > 65535) {
            *error = QStringLiteral("--listen: expected HOST:PORT, got \"%1\"").arg(spec);
            return false;
        }
        o->listenHost = spec.left(colon);
        o->listenPort = quint16(port);
    }
    if (p.isSet(metadata))
        o->metadataDir = p.value(metadata);
    if (p.isSet(forms))
        o->formsDir = p.value(forms);
    o->adminPassword = p.isSet(admin) ? p.value(admin) : qEnvironmentVariable("ERP_ADMIN_PASSWORD");
    o->init = p.isSet(init);
    o->demo = p.isSet(demo);
    auto positive = [&](const QCommandLineOption &opt, int *out, int max) {
        bool ok = false;
        const int v = p.value(opt).toInt(&ok);
        if (!ok || v < 1 || v > max) {
            *error = QStringLiteral("--%1: expected a number from 1 to %2").arg(opt.names().first()).arg(max);
            return false;
        }
        *out = v;
        return true;
    };
    bool daysOk = false;
    o->demoDays = p.value(demoDays).toInt(&daysOk);
    if (!daysOk || o->demoDays < 0 || o->demoDays > 3650) {
        *error = QStringLiteral("--demo-days: expected a number from 0 to 3650");
        return false;
    }
    bool schedulerOk = false;
    o->schedulerInterval = p.value(scheduler).toInt(&schedulerOk);
    if (!schedulerOk || o->schedulerInterval < 0 || o->schedulerInterval > 86400) {
        *error = QStringLiteral("--scheduler-interval: expected a number of seconds from 0 to 86400");
        return false;
    }
    int frame = 0, idleS = 0, loginS = 0, ioS = 0, reportS = 0;
    if (!positive(scale, &o->scale, 10000) || !positive(workers, &o->workers, 256) || !positive(threads, &o->ioThreads, 64)
        || !positive(maxFrame, &frame, 1 << 30) || !positive(idle, &idleS, 86400 * 7)
        || !positive(loginTimeout, &loginS, 3600) || !positive(ioTimeout, &ioS, 3600)
        || !positive(reportTimeout, &reportS, 86400))
        return false;
    o->limits.reportTimeout = std::chrono::seconds(reportS);
    o->testReports = p.isSet(testReports);
    o->limits.maxFrameBody = std::uint32_t(frame);
    o->limits.idleTimeout = std::chrono::seconds(idleS);
    o->limits.loginTimeout = std::chrono::seconds(loginS);
    o->limits.frameTimeout = std::chrono::seconds(ioS);
    o->limits.writeTimeout = std::chrono::seconds(ioS);
    if (o->demo && !o->init) {
        *error = QStringLiteral("--demo goes with --init");
        return false;
    }
    return true;
}

} // namespace erp::app
