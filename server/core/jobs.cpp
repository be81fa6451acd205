#include "jobs.h"

#include "db/query.h"

#include "access.h"
#include "options.h"
#include "rowrules.h"
#include "rpc/rpcerror.h"

#include <QSqlDatabase>
#include <QSqlError>

#include <algorithm>
#include <exception>
#include <memory>

namespace erp::core {

const UserInfo &systemUser()
{
    static const UserInfo user{0, QStringLiteral("system"), QStringLiteral("System"), QStringLiteral("system"),
                               AccessPolicy::rightsOfRole(QStringLiteral("admin"))};
    return user;
}

JobOutcome runJob(QSqlDatabase &db, const AreaRegistry &areas, const Job &job, const QDateTime &now)
{
    constexpr int MaxAttempts = 3;
    JobOutcome outcome;
    std::shared_ptr<const ModelSnapshot> snapshot;
    try {
        snapshot = ModelSnapshots::current(db);
    } catch (const erp::rpc::RpcError &e) {
        outcome.error = e.message;
        return outcome;
    } catch (const erp::rpc::TransientDbError &e) {
        outcome.error = e.message;
        return outcome;
    }
    if (!snapshot->isEnabled(job.option)
        || std::any_of(job.kinds.cbegin(), job.kinds.cend(), [&](const QString &k) { return snapshot->isKindOff(k); })) {
        outcome.ok = true;
        outcome.skipped = true;
        return outcome;
    }
    const erp::meta::Model &model = snapshot->model;
    for (int attempt = 1;; ++attempt) {
        QString text;
        if (!erp::db::beginTransaction(db, &text)) {
            outcome.error = QStringLiteral("cannot start a transaction: %1").arg(text);
            return outcome;
        }
        JobContext ctx{db, model, areas, systemUser(), now, {}, {}};
        try {
            RowRules::ensureLoaded(db);
            job.run(ctx);
            if (!erp::db::commitTransaction(db, &text)) {
                throw erp::rpc::TransientDbError{text};
            }
            outcome.ok = true;
            outcome.events = std::move(ctx.events);
            outcome.pushes = std::move(ctx.pushes);
            return outcome;
        } catch (const erp::rpc::RpcError &e) {
            erp::db::rollbackTransaction(db);
            outcome.error = e.field.isEmpty() || e.message.startsWith(e.field)
                                ? e.message
                                : QStringLiteral("%1: %2").arg(e.field, e.message);
            return outcome;
        } catch (const erp::rpc::TransientDbError &e) {
            erp::db::rollbackTransaction(db);
            if (attempt < MaxAttempts)
                continue;
            // The next tick tries again; a concurrent writer (a client, another server) won.
            outcome.error = QStringLiteral("update conflict: %1").arg(e.message);
            return outcome;
        } catch (const std::exception &e) {
            erp::db::rollbackTransaction(db);
            outcome.error = QString::fromLocal8Bit(e.what());
            return outcome;
        }
    }
}

} // namespace erp::core
