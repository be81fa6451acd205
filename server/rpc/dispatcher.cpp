#include "dispatcher.h"

#include "callcontrol.h"
#include "core/areas.h"
#include "core/hiddenreferences.h"
#include "core/options.h"
#include "core/rowrules.h"
#include "db/sqlvalue.h"
#include "metadata/model.h"
#include "methods.h"
#include "params.h"
#include "rpcerror.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>

#include <chrono>
#include <thread>

namespace erp::rpc {

using erp::protocol::ErrorCode;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Session)
};

// A method, a kind, a register or a source kind that a functional option switched off:
// Disabled, naming the parameter and the option.
void refuseSwitchedOff(const erp::core::ModelSnapshot &snapshot, const Method &method, const QCborMap &params)
{
    if (!snapshot.isEnabled(method.option))
        fail(ErrorCode::Disabled,
             Text::tr("%1 is switched off (functional option %2)").arg(method.name, method.option));
    auto refuse = [&](const QString &field, const QString &name, const QString &option) {
        fail(ErrorCode::Disabled,
             Text::tr("%1: %2 is switched off (functional option %3)").arg(field, name, option), field);
    };
    const QString kind = params.value(QStringLiteral("kind")).toString();
    if (snapshot.isKindOff(kind))
        refuse(QStringLiteral("kind"), kind, snapshot.base->kind(kind)->option);
    const QString from = params.value(QStringLiteral("from")).toMap().value(QStringLiteral("kind")).toString();
    if (snapshot.isKindOff(from))
        refuse(QStringLiteral("from.kind"), from, snapshot.base->kind(from)->option);
    const QString reg = params.value(QStringLiteral("register")).toString();
    if (const erp::meta::Register *r = snapshot.base->findRegister(reg); r && !snapshot.model.findRegister(reg))
        refuse(QStringLiteral("register"), reg, r->option);
}

} // namespace

Dispatcher::Dispatcher(const erp::meta::Model &model, const erp::core::FormLibrary &forms,
                       const erp::core::AreaRegistry &areas)
    : m_model(model)
    , m_areas(areas)
{
    erp::core::ModelSnapshots::setBase(model);
    for (Method &m : systemMethods(*this))
        add(std::move(m));
    for (Method &m : authMethods(model))
        add(std::move(m));
    for (Method &m : metaMethods())
        add(std::move(m));
    for (Method &m : catalogMethods())
        add(std::move(m));
    for (Method &m : formMethods(forms))
        add(std::move(m));
    for (Method &m : documentMethods())
        add(std::move(m));
    for (Method &m : accessMethods())
        add(std::move(m));
    for (Method &m : optionMethods())
        add(std::move(m));
    for (Method &m : reportMethods())
        add(std::move(m));
    for (Method &m : reportSettingsMethods())
        add(std::move(m));
    for (Method &m : printMethods())
        add(std::move(m));
    for (const Method &m : areas.methods())
        add(m);
}

void Dispatcher::add(Method method)
{
    Q_ASSERT(!find(method.name));
    m_methods.append(std::move(method));
}

const Method *Dispatcher::find(const QString &name) const
{
    for (const Method &m : m_methods)
        if (m.name == name)
            return &m;
    return nullptr;
}

std::optional<erp::protocol::Error> Dispatcher::authorize(const Method &method, const erp::core::UserInfo *user) const
{
    if (method.right.isEmpty())
        return std::nullopt;
    if (!user)
        return erp::protocol::Error{ErrorCode::NotAuthenticated, Text::tr("log in first"), {}};
    if (!user->has(method.right))
        return erp::protocol::Error{
            ErrorCode::Forbidden, Text::tr("%1 needs the right \"%2\"").arg(method.name, method.right), {}};
    return std::nullopt;
}

Dispatcher::Outcome Dispatcher::execute(QSqlDatabase &db, const Method &method, qint64 id, const QCborMap &params,
                                        const erp::core::UserInfo &user, CallControl *control) const
{
    // Conflicts on hot rows (a number series, the cash totals) resolve by retrying after a short,
    // growing, random pause, so that the contenders do not collide again in lockstep.
    constexpr int MaxAttempts = 10;
    const bool readOnly = method.access == Access::Read;
    // What the call asked of the engine, whichever way it ends.
    struct Measure
    {
        MethodStatistics &statistics;
        const QString &name;
        erp::db::StatementCounts start = erp::db::threadStatementCounts();
        std::chrono::steady_clock::time_point began = std::chrono::steady_clock::now();
        ~Measure()
        {
            const erp::db::StatementCounts end = erp::db::threadStatementCounts();
            statistics.record(name, end.executed - start.executed, end.prepared - start.prepared,
                              std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() -
                                                                                    began));
        }
    } measure{m_statistics, method.name};
    Outcome outcome;
    auto stopped = [&] {
        const erp::protocol::Error error = control->stopError();
        outcome.response = erp::protocol::makeError(id, error);
        outcome.errorCode = int(error.code);
        return outcome;
    };
    // A call cancelled while it waited for this worker does not run.
    if (control && !control->begin(db))
        return stopped();
    const CallControl::Scope current(control);
    // Before the transaction ends, so that a late cancel cannot make the rollback fail.
    auto endStatements = [control] {
        if (control)
            control->end();
    };
    struct EndAtExit
    {
        std::function<void()> end;
        ~EndAtExit() { end(); }
    } endAtExit{endStatements};
    if (const auto refused = authorize(method, user.login.isEmpty() ? nullptr : &user)) {
        outcome.response = erp::protocol::makeError(id, *refused);
        outcome.errorCode = int(refused->code);
        return outcome;
    }
    // Parameters are checked against the method's declarations before anything runs.
    QCborMap checkedParams;
    try {
        checkedParams = checkParams(method, params);
    } catch (const RpcError &e) {
        outcome.response = erp::protocol::makeError(id, e.toError());
        outcome.errorCode = int(e.code);
        return outcome;
    }
    // The model this call sees, taken before its transaction (building a new one may add the
    // columns of new attributes) and kept to its end.
    std::shared_ptr<const erp::core::ModelSnapshot> snapshot;
    try {
        snapshot = erp::core::ModelSnapshots::current(db);
        refuseSwitchedOff(*snapshot, method, checkedParams);
    } catch (const RpcError &e) {
        outcome.response = erp::protocol::makeError(id, e.toError());
        outcome.errorCode = int(e.code);
        return outcome;
    } catch (const TransientDbError &e) {
        outcome.response = erp::protocol::makeError(id, {ErrorCode::Internal, e.message, {}});
        outcome.errorCode = int(ErrorCode::Internal);
        return outcome;
    }
    for (int attempt = 1;; ++attempt) {
        CallContext ctx{db, snapshot->model, m_areas, user, {}, std::nullopt, false, {}, snapshot.get(), control};
        QString transactionError;
        if (!erp::db::beginTransaction(db, &transactionError)) {
            if (control && control->isStopped())
                return stopped();
            outcome.response = erp::protocol::makeError(
                id, {ErrorCode::Internal, QStringLiteral("cannot start a transaction: %1").arg(transactionError), {}});
            outcome.errorCode = int(ErrorCode::Internal);
            return outcome;
        }
        try {
            erp::core::RowRules::ensureLoaded(db);
            std::optional<erp::db::ReadOnlyScope> guard;
            if (readOnly)
                guard.emplace();
            QCborMap callParams = checkedParams;
            erp::core::fillHiddenReferences(db, *snapshot, user, &ctx.events, method.name, callParams);
            const QCborValue result = method.handler(ctx, callParams);
            guard.reset();
            endStatements();
            if (control && control->isStopped()) {
                erp::db::rollbackTransaction(db);
                return stopped();
            }
            // A read never commits: whatever it did is discarded (Qt's driver cannot start a
            // read-only Firebird transaction; the db layer has refused every write already).
            if (readOnly ? !erp::db::rollbackTransaction(db) : !erp::db::commitTransaction(db, &transactionError))
                throw TransientDbError{transactionError};
            for (const auto &hook : ctx.afterCommit)
                hook();
            outcome.response = erp::protocol::makeResult(id, result);
            outcome.login = ctx.login;
            outcome.logout = ctx.logout;
            outcome.events = std::move(ctx.events);
            // Pushes of kinds switched off are not sent (an area may write them as a side effect).
            std::erase_if(outcome.events,
                          [&](const erp::core::ChangeEvent &e) { return snapshot->isKindOff(e.kind); });
            outcome.ok = true;
            return outcome;
        } catch (const RpcError &e) {
            endStatements();
            erp::db::rollbackTransaction(db);
            if (control && control->isStopped())
                return stopped();
            outcome.response = erp::protocol::makeError(id, e.toError());
            outcome.errorCode = int(e.code);
            return outcome;
        } catch (const TransientDbError &e) {
            if (control && control->isStopped()) {
                endStatements();
                erp::db::rollbackTransaction(db);
                return stopped();
            }
            erp::db::rollbackTransaction(db);
            if (attempt < MaxAttempts) {
                std::this_thread::sleep_for(
                    std::chrono::milliseconds(QRandomGenerator::global()->bounded(1, 5 * attempt + 2)));
                continue;
            }
            outcome.response = erp::protocol::makeError(
                id, {ErrorCode::Conflict,
                     QStringLiteral("the data was changed by a concurrent transaction; try again (%1)").arg(e.message),
                     {}});
            outcome.errorCode = int(ErrorCode::Conflict);
            return outcome;
        }
    }
}

} // namespace erp::rpc
