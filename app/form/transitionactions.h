#pragma once

#include "core/kindinfo.h"

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

Q_SIGNALS:
    void triggered(const QString &transition);

private:
    QString toolTip(const WorkflowTransition &t) const;

    WorkflowInfo m_workflow;
    QList<QAction *> m_actions;
};

} // namespace erp::app
