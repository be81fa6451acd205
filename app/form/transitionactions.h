#pragma once

#include "core/kindinfo.h"

#include <QCborArray>
#include <QHash>
#include <QList>
#include <QObject>

class QAction;
class QToolBar;
class QWidget;

namespace erp::app {

// The commands of a document kind's workflow, one action per transition, named after it:
// the title and the shortcut come from the metadata, and update() enables what the user may
// run on a document in a state (WorkflowInfo::canRun). Transitions that set or clear the
// deletion mark are shown only while they would change it, so that one of them is visible.
// The actions are added to `owner` (shortcuts work wherever the focus is inside it).
class TransitionActions : public QObject
{
    Q_OBJECT

public:
    enum class DeletionMark { Include, Skip };

    TransitionActions(const WorkflowInfo &workflow, QWidget *owner, DeletionMark deletionMark);

    QList<QAction *> actions() const { return m_actions; }
    QAction *action(const QString &transition) const;
    // Puts the transitions with a shortcut on the toolbar before `before` (at the end when
    // null), and the others into a "More" menu after them, so that the toolbar stays short;
    // `alsoInMore` (such as History) end that menu.
    void addTo(QToolBar *toolbar, QAction *before = nullptr, const QList<QAction *> &alsoInMore = {});
    // For a document in `state` (marked for deletion or not); nothing is enabled without one.
    void update(const QString &state, bool deleted, bool haveDocument = true);
    // What the server says the document in `state` may take now (document.transitions:
    // [{name, allowed, reason?}]): a transition it refuses is disabled, its reason in the
    // tooltip. Applies while the document stays in that state; an empty state forgets it.
    void setServerAnswer(const QString &state, const QCborArray &transitions);
    // The server's reason for refusing a transition now, or empty.
    QString refusal(const QString &transition) const { return m_refusals.value(transition); }

Q_SIGNALS:
    void triggered(const QString &transition);

private:
    QString toolTip(const WorkflowTransition &t) const;

    WorkflowInfo m_workflow;
    QList<QAction *> m_actions;
    QString m_state;
    bool m_deleted = false;
    bool m_haveDocument = false;
    QString m_answerState;                 // the state the server's answer is for
    QHash<QString, bool> m_serverAllowed;  // transition -> allowed now
    QHash<QString, QString> m_refusals;    // transition -> the server's reason
};

} // namespace erp::app
