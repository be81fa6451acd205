#pragma once

#include "basedon.h"
#include "jobs.h"
#include "posting.h"
#include "rpc/method.h"

#include <QHash>
#include <QList>
#include <QString>

namespace erp::meta {
class Model;
}

namespace erp::core {

// A check a workflow transition runs before it moves an object (named by "guard" in the
// workflow's JSON); it throws RpcError to refuse.
struct GuardContext
{
    DataSource &data;
    QString kind;
    qint64 id = 0;
    QCborMap object;
    QString transition;
};
using GuardFunction = void (*)(GuardContext &);

class DocumentStore;

// What a kind does once one of its transitions has moved an object (the new state is
// written, inside the same transaction): set a deal's probability for its new stage, create
// a claim's credit note. It may change the object and create others through the store;
// throwing RpcError refuses the whole transition.
struct TransitionContext
{
    DocumentStore &store;
    DataSource &data;
    QString kind;
    qint64 id = 0;
    QString transition;
    QString from;
    QString to;
};
using TransitionEffect = void (*)(TransitionContext &);

// What the business areas (sales/, purchasing/, warehouse/, accounting/, reports/, later crm/)
// register at start-up: the behaviour of their kinds and their own methods. The platform
// (core/, rpc/, net/, db/) asks this registry and knows no business kind by name.
class AreaRegistry
{
public:
    void setPosting(const QString &kind, PostingFunction function) { m_postings.insert(kind, function); }
    void setRecalculation(const QString &kind, RecalcFunction function) { m_recalculations.insert(kind, function); }
    void addBasedOn(BasedOnRule rule) { m_basedOn.append(std::move(rule)); }
    void addGuard(const QString &name, GuardFunction function) { m_guards.insert(name, function); }
    void addMethod(erp::rpc::Method method) { m_methods.append(std::move(method)); }
    // Run after every transition of the kind, in registration order.
    void addTransitionEffect(const QString &kind, TransitionEffect effect) { m_effects[kind].append(effect); }
    // A periodic job the server's scheduler runs (see Job): addJob({name, interval, fn}).
    void addJob(Job job) { m_jobs.append(std::move(job)); }

    PostingFunction posting(const QString &kind) const { return m_postings.value(kind, nullptr); }
    RecalcFunction recalculation(const QString &kind) const { return m_recalculations.value(kind, nullptr); }
    const BasedOnRule *basedOn(const QString &source, const QString &target) const;
    QList<const BasedOnRule *> basedOnFrom(const QString &source) const;
    GuardFunction guard(const QString &name) const { return m_guards.value(name, nullptr); }
    const QList<erp::rpc::Method> &methods() const { return m_methods; }
    QList<TransitionEffect> transitionEffects(const QString &kind) const { return m_effects.value(kind); }
    const QList<Job> &jobs() const { return m_jobs; }

    // Every registration names a declared kind, register and field; every workflow guard and
    // every kind with a posting state has what it needs. False with the first problem.
    bool check(const erp::meta::Model &model, QString *error) const;

private:
    QHash<QString, PostingFunction> m_postings;
    QHash<QString, RecalcFunction> m_recalculations;
    QList<BasedOnRule> m_basedOn;
    QHash<QString, GuardFunction> m_guards;
    QList<erp::rpc::Method> m_methods;
    QHash<QString, QList<TransitionEffect>> m_effects;
    QList<Job> m_jobs;
};

} // namespace erp::core
