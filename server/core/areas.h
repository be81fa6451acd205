#pragma once

#include "basedon.h"
#include "jobs.h"
#include "posting.h"
#include "printforms.h"
#include "reports.h"
#include "rpc/method.h"

#include <QHash>
#include <QList>
#include <QString>

namespace erp::meta {
class Model;
struct ObjectKind;
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
    QString from; // the state the object is in
    QString to;   // the state the transition leads to
};
using GuardFunction = void (*)(GuardContext &);

// One action of the checklist of the state an object is in; a required one not done refuses
// every transition out of the state.
struct ChecklistItem
{
    QString name;
    QString title; // as shown, in the session's language
    bool required = true;
};

// What an area's checklist sees: the object in its state and, when a transition is being
// checked, that transition (empty while the checklist is only shown).
struct ChecklistContext
{
    DataSource &data;
    QString kind;
    qint64 id = 0;
    QString state;
    QString transition;
};
// The checklist of a kind whose actions are data of the object (a deal type's actions per
// stage) rather than of the workflow's state.
using ChecklistFunction = QList<ChecklistItem> (*)(ChecklistContext &);

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

// A rule every save of a document passes once its recalculation is done (the document as it
// will be posted, with `date` and its lines): a counterparty that belongs to the document's
// partner and is valid on its date. It throws RpcError naming the field to refuse the save.
struct SaveContext
{
    DataSource &data;
    const erp::meta::Model &model;
    const erp::meta::ObjectKind &kind;
    const QCborMap &document;
};
using SaveCheck = void (*)(SaveContext &);

// What the business areas (sales/, purchasing/, warehouse/, accounting/, reports/, later crm/)
// register at start-up: the behaviour of their kinds and their own methods. The platform
// (core/, rpc/, net/, db/) asks this registry and knows no business kind by name.
class AreaRegistry
{
public:
    void setPosting(const QString &kind, PostingFunction function) { m_postings.insert(kind, function); }
    // Documents: on every save and in document.recalculate; catalogs: on every create and update.
    void setRecalculation(const QString &kind, RecalcFunction function) { m_recalculations.insert(kind, function); }
    void addBasedOn(BasedOnRule rule) { m_basedOn.append(std::move(rule)); }
    void addGuard(const QString &name, GuardFunction function) { m_guards.insert(name, function); }
    void addMethod(erp::rpc::Method method) { m_methods.append(std::move(method)); }
    // Puts registered methods under a functional option: switched off, they answer Disabled.
    void setMethodsOption(const QStringList &methods, const QString &option)
    {
        for (erp::rpc::Method &m : m_methods)
            if (methods.contains(m.name))
                m.option = option;
    }
    // Run after every transition of the kind, in registration order.
    void addTransitionEffect(const QString &kind, TransitionEffect effect) { m_effects[kind].append(effect); }
    // A periodic job the server's scheduler runs (see Job): addJob({name, interval, fn}).
    void addJob(Job job) { m_jobs.append(std::move(job)); }
    // The kind's checklist comes from the area instead of the workflow state's "actions".
    void setChecklist(const QString &kind, ChecklistFunction function) { m_checklists.insert(kind, function); }
    // Run on every save of every document kind (the check decides from the kind's metadata).
    void addSaveCheck(SaveCheck saveCheck) { m_saveChecks.append(saveCheck); }
    // A report run by report.run (see core/reports.h).
    void addReport(ReportDefinition report) { m_reports.append(std::move(report)); }
    // A printed form of a document kind (see core/printforms.h).
    void addPrintForm(PrintFormDefinition form) { m_printForms.append(std::move(form)); }

    PostingFunction posting(const QString &kind) const { return m_postings.value(kind, nullptr); }
    RecalcFunction recalculation(const QString &kind) const { return m_recalculations.value(kind, nullptr); }
    const BasedOnRule *basedOn(const QString &source, const QString &target) const;
    QList<const BasedOnRule *> basedOnFrom(const QString &source) const;
    GuardFunction guard(const QString &name) const { return m_guards.value(name, nullptr); }
    const QList<erp::rpc::Method> &methods() const { return m_methods; }
    QList<TransitionEffect> transitionEffects(const QString &kind) const { return m_effects.value(kind); }
    const QList<Job> &jobs() const { return m_jobs; }
    ChecklistFunction checklist(const QString &kind) const { return m_checklists.value(kind, nullptr); }
    const QList<SaveCheck> &saveChecks() const { return m_saveChecks; }
    const QList<ReportDefinition> &reports() const { return m_reports; }
    const ReportDefinition *report(const QString &name) const;
    const QList<PrintFormDefinition> &printForms() const { return m_printForms; }

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
    QHash<QString, ChecklistFunction> m_checklists;
    QList<SaveCheck> m_saveChecks;
    QList<ReportDefinition> m_reports;
    QList<PrintFormDefinition> m_printForms;
};

} // namespace erp::core
