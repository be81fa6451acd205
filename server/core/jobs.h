#pragma once

#include "catalogstore.h"
#include "user.h"

#include <QCborMap>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>
#include <vector>

class QSqlDatabase;

namespace erp::meta {
class Model;
}

namespace erp::core {

class AreaRegistry;

// A server push for some users only (a reminder to a task's assignee): sent, after the job's
// transaction has committed, to every logged-in session of these users, through the same
// access gate as every push.
struct TargetedPush
{
    QSet<qint64> users;
    QString event;
    QCborMap data;
};

// What a periodic job sees: the database inside its own transaction, run as the system user
// (every right, no row rules: it sees every row), and the moment of this run. What it changes
// through the stores is pushed as `changed` after the commit; `push` queues targeted events.
struct JobContext
{
    QSqlDatabase &db;
    const erp::meta::Model &model;
    const AreaRegistry &areas;
    const UserInfo &user;
    QDateTime now; // UTC
    std::vector<ChangeEvent> events;
    std::vector<TargetedPush> pushes;

    void push(const QSet<qint64> &users, const QString &event, const QCborMap &data)
    {
        if (!users.isEmpty())
            pushes.push_back({users, event, data});
    }
};

// A periodic job an area registers (AreaRegistry::addJob): the server's scheduler runs it on
// a database worker, one job at a time, every `interval` (zero: every tick of
// --scheduler-interval; never more often than a tick). Throwing RpcError rolls the run back.
// It runs on the model snapshot of that moment (core/options.h), as a call does, and not at
// all while its functional option or one of its kinds is switched off.
struct Job
{
    QString name;
    std::chrono::seconds interval{0};
    std::function<void(JobContext &)> run;
    QString option;    // the functional option it belongs to, if any
    QStringList kinds; // the kinds it works on: off while one of them is switched off
};

// Who a job runs as: id 0, login "system", every right, a role no row rule names.
const UserInfo &systemUser();

// The outcome of one run of a job, for the scheduler to deliver and log.
struct JobOutcome
{
    bool ok = false;
    bool skipped = false; // its option or a kind of it is switched off: nothing ran
    QString error;
    std::vector<ChangeEvent> events;
    std::vector<TargetedPush> pushes;
};

// Runs a job once in its own transaction on this worker's connection, on the current model
// snapshot (taken before the transaction, as a call takes it): committed when it returns,
// rolled back when it throws; an update conflict is retried a few times. Skipped while the
// snapshot has its option or one of its kinds off.
JobOutcome runJob(QSqlDatabase &db, const AreaRegistry &areas, const Job &job, const QDateTime &now);

} // namespace erp::core
