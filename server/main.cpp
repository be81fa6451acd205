#include "app/options.h"
#include "accounting/chartofaccounts.h"
#include "auth/users.h"
#include "core/forms.h"
#include "print/printtemplate.h"
#include "db/dbpool.h"
#include "db/query.h"
#include "db/firebird.h"
#include "db/schema.h"
#include "demo/demodata.h"
#include "demo/demohistory.h"
#include "i18n/language.h"
#include "metadata/model.h"
#include "net/listener.h"
#include "net/scheduler.h"
#include "net/sessionhub.h"
#include "render/reportprint.h"
#include "reports/testreports.h"
#include "trade/vatrateseed.h"
#include "crm/claimschedule.h"
#include "crm/dealtypeseed.h"
#include "crm/funnelsummary.h"
#include "crm/segmentschema.h"
#include "reports/classificationjob.h"
#include "trade/vatrateupgrade.h"
#include "areas.h"
#include "core/areas.h"
#include "core/registeraggregates.h"
#include "rpc/dispatcher.h"
#include "rpc/rpcerror.h"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>

#include <QApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QLocale>
#include <QSqlDatabase>

#include <cstdio>
#include <thread>

namespace {

void print(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

int failWith(const QString &message)
{
    std::fputs(qPrintable(QStringLiteral("erp-server: ") + message + u'\n'), stderr);
    return 1;
}

// Register aggregates filled where new and folded (what the last run left), in one transaction:
// a reader never sees a group twice or not at all.
bool prepareAggregates(QSqlDatabase &db, const erp::meta::Model &model, QString *error)
{
    if (!erp::db::beginTransaction(db, error)) {
        return false;
    }
    try {
        if (!erp::core::fillAggregates(db, model, error)) {
            erp::db::rollbackTransaction(db);
            return false;
        }
        erp::core::compactAggregates(db, model);
    } catch (const erp::rpc::RpcError &e) {
        erp::db::rollbackTransaction(db);
        *error = e.message;
        return false;
    }
    if (!erp::db::commitTransaction(db, error)) {
        return false;
    }
    return true;
}

// Creates the database when missing, migrates the schema and makes sure an administrator exists.
bool prepareDatabase(const erp::app::ServerOptions &options, const erp::meta::Model &model, erp::db::DbPool &pool,
                     QString *error)
{
    QCborMap outcome = pool.runSync([&](QSqlDatabase &db) {
        QCborMap r;
        QString message;
        QStringList applied;
        erp::db::SchemaMigrator migrator(db, model);
        if (!erp::trade::renameVatRateEnumColumns(db, &message) || !migrator.migrate(&applied, &message) ||
            !erp::auth::ensureAdministrator(db, options.adminPassword, &message) ||
            !erp::accounting::seedChartOfAccounts(db, &message) || !erp::trade::seedVatRates(db, &message) ||
            !erp::trade::convertVatRateEnumColumns(db, &message) || !erp::crm::ensureSegmentTables(db, &message) ||
            !erp::reports::ensureClassTables(db, &message) || !erp::crm::ensureFunnelSummary(db, model, &message) ||
            !erp::crm::seedDefaultWorkSchedule(db, &message) || !erp::crm::seedDefaultDealType(db, &message) ||
            !prepareAggregates(db, model, &message))
            r.insert(QStringLiteral("error"), message);
        r.insert(QStringLiteral("applied"), applied.size());
        return r;
    });
    if (outcome.contains(QStringLiteral("error"))) {
        *error = outcome.value(QStringLiteral("error")).toString();
        return false;
    }
    if (const qint64 n = outcome.value(QStringLiteral("applied")).toInteger())
        print(QStringLiteral("schema: applied %1 changes").arg(n));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    // Charts and printed pages are drawn by the server (Qt Charts needs a QApplication): on the
    // offscreen platform, so it runs without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("erp-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ERP_VERSION));
    qSetMessagePattern(
        QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} %{if-warning}W %{endif}%{if-critical}E %{endif}%{message}"));

    erp::i18n::installLanguageSwitch(QLocale::system().name());

    erp::app::ServerOptions options;
    QString error;
    if (!erp::app::parseOptions(app.arguments(), &options, &error))
        return failWith(error);
    const auto model = erp::meta::Model::load(options.metadataDir, &error);
    if (!model)
        return failWith(error);
    const auto forms = erp::core::FormLibrary::load(options.formsDir, options.navigationFile, *model, &error);
    if (!forms)
        return failWith(error);

    // 128 MiB of page cache at 16 KiB pages; a bulk load gets 512 MiB and no forced writes.
    constexpr int DefaultPageBuffers = 8192;
    constexpr int BulkPageBuffers = 32768;
    const bool bulk = options.init && options.demo;
    if (!erp::db::databaseExists(options.database)) {
        if (!erp::db::createDatabase(options.database, &error))
            return failWith(error);
        if (!erp::db::setDatabaseOptions(options.database, DefaultPageBuffers, true, &error))
            return failWith(error);
        print(QStringLiteral("created database %1").arg(options.database.connectString()));
    }
    if (bulk && !erp::db::setDatabaseOptions(options.database, BulkPageBuffers, false, &error))
        return failWith(error);
    erp::db::DbPool pool(options.database, options.init ? 1 : options.workers);
    if (!pool.start(&error))
        return failWith(error);
    if (!prepareDatabase(options, *model, pool, &error))
        return failWith(error);

    // The areas before anything posts: the demo's history is entered through the document store.
    erp::core::AreaRegistry areas;
    erp::registerAreas(areas);
    if (options.testReports)
        erp::reports::registerTestReports(areas);
    if (!areas.check(*model, &error)) {
        qCritical().noquote() << "erp-server: the business areas do not fit the metadata:" << error;
        return 2;
    }
    QStringList printForms;
    for (const erp::core::PrintFormDefinition &f : areas.printForms())
        printForms.append(f.name);
    if (!erp::print::checkBuiltInTemplates(printForms, &error))
        return failWith(error);

    if (options.init) {
        if (options.demo) {
            QElapsedTimer timer;
            timer.start();
            const QCborMap r = pool.runSync([&](QSqlDatabase &db) {
                QCborMap out;
                erp::demo::DemoSummary summary;
                QString message;
                if (!erp::demo::fillDemoData(db, *model, options.scale, &summary, &message))
                    out.insert(QStringLiteral("error"), message);
                out.insert(QStringLiteral("partners"), summary.partners);
                out.insert(QStringLiteral("counterparties"), summary.counterparties);
                out.insert(QStringLiteral("contacts"), summary.contacts);
                out.insert(QStringLiteral("products"), summary.products);
                return out;
            });
            if (r.contains(QStringLiteral("error"))) {
                pool.stop();
                return failWith(r.value(QStringLiteral("error")).toString());
            }
            print(QStringLiteral("demo data: %1 partners, %2 counterparties, %3 contact persons, %4 products in %5 s")
                      .arg(r.value(QStringLiteral("partners")).toInteger())
                      .arg(r.value(QStringLiteral("counterparties")).toInteger())
                      .arg(r.value(QStringLiteral("contacts")).toInteger())
                      .arg(r.value(QStringLiteral("products")).toInteger())
                      .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
            if (options.demoDays > 0) {
                timer.restart();
                const QCborMap outcome = pool.runSync([&](QSqlDatabase &db) {
                    const auto answer = [](const QString &text) { return QCborMap{{QStringLiteral("text"), text}}; };
                    erp::demo::HistorySummary summary;
                    QString message;
                    erp::db::beginTransaction(db);
                    if (!erp::demo::fillDemoHistory(db, *model, areas, QDate::currentDate(), options.demoDays,
                                                    &summary, &message)) {
                        erp::db::rollbackTransaction(db);
                        return answer(QStringLiteral("error: ") + message);
                    }
                    if (!erp::db::commitTransaction(db))
                        return answer(QStringLiteral("error: the demo history did not commit"));
                    QStringList kinds;
                    qint64 total = 0;
                    for (auto it = summary.documents.cbegin(); it != summary.documents.cend(); ++it) {
                        kinds.append(QStringLiteral("%1 %2").arg(it.value()).arg(it.key()));
                        total += it.value();
                    }
                    QString line = QStringLiteral("%1 documents (%2)").arg(total).arg(kinds.join(u", "));
                    if (summary.failed)
                        line += QStringLiteral("; %1 refused, the first: %2").arg(summary.failed).arg(summary.firstFailure);
                    return answer(line);
                });
                const QString history = outcome.value(QStringLiteral("text")).toString();
                if (history.startsWith(QLatin1String("error: "))) {
                    pool.stop();
                    return failWith(history.mid(7));
                }
                print(QStringLiteral("demo history: %1 days, %2 in %3 s")
                          .arg(options.demoDays)
                          .arg(history)
                          .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
            }
            pool.stop();
            if (!erp::db::setDatabaseOptions(options.database, DefaultPageBuffers, true, &error))
                return failWith(error);
        }
        print(QStringLiteral("database ready: %1").arg(options.database.connectString()));
        return 0;
    }

    namespace asio = boost::asio;
    // Declared before the io_context: sessions still queued in it unregister from the hub
    // when the io_context destroys them.
    erp::rpc::Dispatcher dispatcher(*model, *forms, areas);
    // What the layouts call must be there (an area switched off in the build, a typing error).
    if (!forms->checkMethods(
            [&dispatcher](const QString &name) {
                const erp::rpc::Method *m = dispatcher.find(name);
                return m && m->access == erp::rpc::Access::Read;
            },
            &error)
        || !forms->checkReports([&areas](const QString &name) { return areas.report(name) != nullptr; }, &error))
        return failWith(error);
    erp::net::SessionHub hub;
    erp::render::setAnswerLimit(options.limits.maxFrameBody);
    erp::net::ServerContext context{*model, pool, dispatcher, hub, options.limits};
    asio::io_context io(options.ioThreads);
    asio::ip::tcp::acceptor acceptor(io);
    try {
        const asio::ip::tcp::endpoint endpoint(asio::ip::make_address(options.listenHost.toStdString()),
                                               options.listenPort);
        acceptor.open(endpoint.protocol());
        acceptor.set_option(asio::ip::tcp::acceptor::reuse_address(true));
        acceptor.bind(endpoint);
        acceptor.listen();
    } catch (const boost::system::system_error &e) {
        return failWith(QStringLiteral("cannot listen on %1:%2: %3")
                            .arg(options.listenHost)
                            .arg(options.listenPort)
                            .arg(QString::fromStdString(e.code().message())));
    }
    asio::co_spawn(io, erp::net::listen(acceptor, context), asio::detached);
    erp::net::Scheduler scheduler(io.get_executor(), context, areas, std::chrono::seconds(options.schedulerInterval));
    scheduler.start();

    asio::signal_set signals(io, SIGINT, SIGTERM);
    signals.async_wait([&](const boost::system::error_code &, int) {
        print(QStringLiteral("shutting down"));
        boost::system::error_code ec;
        acceptor.close(ec);
        scheduler.stop();
        hub.closeAll();
        io.stop();
    });
    const auto local = acceptor.local_endpoint();
    print(QStringLiteral("listening on %1:%2 (database %3, %4 workers)")
              .arg(QString::fromStdString(local.address().to_string()))
              .arg(local.port())
              .arg(options.database.connectString())
              .arg(options.workers));

    // The main thread is Qt's GUI thread (what draws charts runs there); the network runs on
    // its own threads. On shutdown the workers finish first: one may be waiting for a drawing.
    std::vector<std::thread> threads;
    for (int i = 0; i < options.ioThreads; ++i)
        threads.emplace_back([&io] { io.run(); });
    std::thread shutdown([&] {
        for (std::thread &t : threads)
            t.join();
        pool.stop();
        QMetaObject::invokeMethod(&app, &QCoreApplication::quit, Qt::QueuedConnection);
    });
    app.exec();
    shutdown.join();
    return 0;
}
