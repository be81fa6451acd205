#include "jobs.h"

#include "access.h"
#include "rowrules.h"
#include "rpc/rpcerror.h"

#include <QSqlDatabase>
#include <QSqlError>

#include <exception>

namespace erp::core {

const UserInfo &systemUser()
{
    static const UserInfo user{0, QStringLiteral("system"), QStringLiteral("System"), QStringLiteral("system"),
                               AccessPolicy::rightsOfRole(QStringLiteral("admin"))};
    return user;
}

JobOutcome runJob(QSqlDatabase &db, const erp::meta::Model &model, const AreaRegistry &areas, const Job &job,
                  const QDateTime &now)
{
    constexpr int MaxAttempts = 3;
    JobOutcome outcome;
    for (int attempt = 1;; ++attempt) {
        if (!db.transaction()) {
            outcome.error = QStringLiteral("cannot start a transaction: %1").arg(db.lastError().text());
            return outcome;
        }
        JobContext ctx{db, model, areas, systemUser(), now, {}, {}};
        try {
            RowRules::ensureLoaded(db);
            job.run(ctx);
            if (!db.commit()) {
                const QString text = db.lastError().text();
                db.rollback();
                throw erp::rpc::TransientDbError{text};
            }
            outcome.ok = true;
            outcome.events = std::move(ctx.events);
            outcome.pushes = std::move(ctx.pushes);
            return outcome;
        } catch (const erp::rpc::RpcError &e) {
            db.rollback();
            outcome.error = e.field.isEmpty() || e.message.startsWith(e.field)
                                ? e.message
                                : QStringLiteral("%1: %2").arg(e.field, e.message);
            return outcome;
        } catch (const erp::rpc::TransientDbError &e) {
            db.rollback();
            if (attempt < MaxAttempts)
                continue;
            // The next tick tries again; a concurrent writer (a client, another server) won.
            outcome.error = QStringLiteral("update conflict: %1").arg(e.message);
            return outcome;
        } catch (const std::exception &e) {
            db.rollback();
            outcome.error = QString::fromLocal8Bit(e.what());
            return outcome;
        }
    }
}

} // namespace erp::core
