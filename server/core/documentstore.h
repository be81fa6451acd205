#pragma once

#include "catalogstore.h"

#include <QCborArray>
#include <QCborMap>

#include <optional>

class QSqlDatabase;

namespace erp::meta {
struct Workflow;
struct WorkflowTransition;
} // namespace erp::meta

namespace erp::core {

class AreaRegistry;
struct BasedOnRule;

// Documents: numbered per organization and year, dated, moved through their workflow (by
// default draft <-> posted, with the deletion mark). A transition into a posted state writes
// the document's register movements in the same transaction as its state, one out of it
// takes them back: all or nothing. What a kind computes and posts comes from its area.
class DocumentStore
{
public:
    DocumentStore(QSqlDatabase &db, const erp::meta::Model &model, const AreaRegistry &areas, const UserInfo &user,
                  std::vector<ChangeEvent> *events);

    QCborMap create(const QCborMap &params);
    QCborMap update(const QCborMap &params);
    // {kind, id, version, transition}: runs a transition of the kind's workflow.
    QCborMap transition(const QCborMap &params);
    // The same with the transition named by the method (post, repost, unpost).
    QCborMap transition(const QCborMap &params, const QString &name);
    // {kind, id, version, deleted}: the workflow's transition that sets or clears the mark.
    QCborMap setDeleted(const QCborMap &params);
    QCborMap read(const QCborMap &params) { return m_reader.read(params); }
    QCborMap list(const QCborMap &params) { return m_reader.list(params); }
    QCborMap movements(const QCborMap &params);
    // {kind, values, sections}: the kind's recalculation run on a document not saved (as a
    // clerk enters it) -> {values, sections}: every header field and every line field as the
    // recalculation leaves them (prices, amounts, VAT, totals). Nothing is written; required
    // fields may still be empty, anything else is checked as on saving.
    QCborMap recalculateDraft(const QCborMap &params);
    // {kind, id} -> {rows: [{transition, from, to, user, at}], actions}, oldest first; actions:
    // the checklist of the current state, [{name, title, done, user?, at?}].
    QCborMap history(const QCborMap &params);
    // {kind, id, action}: marks an action of the current state's checklist done -> {state, actions}.
    QCborMap completeAction(const QCborMap &params);
    // {kind, id} -> {transitions: [{name, title, allowed, reason?}]}: every transition of the
    // kind's workflow checked as running it would check it (right, deletion mark, state,
    // required fields, guard, checklist), nothing moved.
    QCborMap transitions(const QCborMap &params);
    // Writes header fields the server owns (a transition effect's probability), validated
    // like input, inside the running transition (no new version), then recalculates.
    void writeFields(const erp::meta::ObjectKind &kind, qint64 id, const QCborMap &values);

    // What a rule proposes for a new `target` document from a source document read with its
    // lines (readDocument): {values, sections}, nothing saved.
    QCborMap proposal(const BasedOnRule &rule, const erp::meta::ObjectKind &target, const QCborMap &source,
                      qint64 sourceId);
    // A document the user may read, with its lines, or NotFound.
    QCborMap readDocument(const erp::meta::ObjectKind &kind, qint64 id) { return m_reader.readObject(kind, id); }
    const erp::meta::ObjectKind &kindFor(const QCborMap &params, bool write) const
    {
        return m_reader.kindFor(params, write);
    }

private:
    struct Current
    {
        int version = 0;
        QString status;
        bool deleted = false;
    };
    static qint64 requiredId(const QCborMap &params);
    static int requiredVersion(const QCborMap &params);
    Current lock(const erp::meta::ObjectKind &kind, qint64 id, int expectedVersion);
    void recalculate(const erp::meta::ObjectKind &kind, qint64 id);
    void check(const erp::meta::ObjectKind &kind, qint64 id, const Current &current,
               const erp::meta::WorkflowTransition &t);
    void checkSave(const erp::meta::ObjectKind &kind, qint64 id);
    void run(const erp::meta::ObjectKind &kind, qint64 id, const Current &current,
             const erp::meta::WorkflowTransition &t);
    const erp::meta::WorkflowTransition &transitionOf(const erp::meta::ObjectKind &kind, const QString &name) const;
    void writePosting(const erp::meta::ObjectKind &kind, qint64 id);
    void removePosting(const erp::meta::ObjectKind &kind, qint64 id);
    void recordHistory(const erp::meta::ObjectKind &kind, qint64 id, const QString &transition, const QString &from,
                       const QString &to);
    // The checklist of a state: the area's for the kind, else the workflow state's actions;
    // `transition` the one being checked (empty: as shown).
    QCborArray checklist(const erp::meta::ObjectKind &kind, qint64 id, const QString &state,
                         const QString &transition = QString());
    QString nextNumber(const erp::meta::ObjectKind &kind, qint64 organization, int year);

    QSqlDatabase &m_db;
    const erp::meta::Model &m_model;
    const AreaRegistry &m_areas;
    const UserInfo &m_user;
    std::vector<ChangeEvent> *m_events;
    CatalogStore m_reader;
    // The document as the last recalculation left it (id, document), for the posting after it.
    std::optional<std::pair<qint64, QCborMap>> m_recalculated;
};

} // namespace erp::core
