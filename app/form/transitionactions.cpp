#include "transitionactions.h"

#include <QAction>
#include <QCborMap>
#include <QApplication>
#include <QKeySequence>
#include <QMenu>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QWidget>

#include <algorithm>

namespace erp::app {

namespace {

// A transition out of a state with movements into one without takes them back.
bool takesMovementsBack(const WorkflowInfo &workflow, const WorkflowTransition &t)
{
    return !workflow.isPosted(t.to)
           && std::any_of(t.from.cbegin(), t.from.cend(), [&](const QString &s) { return workflow.isPosted(s); });
}

} // namespace

TransitionActions::TransitionActions(const WorkflowInfo &workflow, QWidget *owner, DeletionMark deletionMark)
    : QObject(owner), m_workflow(workflow)
{
    QStyle *style = QApplication::style();
    for (const WorkflowTransition &t : std::as_const(m_workflow.transitions)) {
        if (t.deletionMark && deletionMark == DeletionMark::Skip)
            continue;
        // The icon says what the transition does: record movements, take them back, mark.
        const QStyle::StandardPixmap icon = t.deletionMark          ? (*t.deletionMark ? QStyle::SP_TrashIcon
                                                                                       : QStyle::SP_DialogResetButton)
                                            : m_workflow.isPosted(t.to) ? QStyle::SP_DialogApplyButton
                                            : takesMovementsBack(m_workflow, t) ? QStyle::SP_DialogCancelButton
                                                                        : QStyle::SP_ArrowForward;
        QString text = t.title;
        auto *action = new QAction(style->standardIcon(icon), text.replace(u'&', QStringLiteral("&&")), this);
        action->setObjectName(t.name);
        if (!t.shortcut.isEmpty())
            action->setShortcut(QKeySequence::fromString(t.shortcut, QKeySequence::PortableText));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(toolTip(t));
        action->setEnabled(false);
        const QString name = t.name;
        connect(action, &QAction::triggered, this, [this, name] { Q_EMIT triggered(name); });
        owner->addAction(action);
        m_actions.append(action);
    }
}

QString TransitionActions::toolTip(const WorkflowTransition &t) const
{
    QString effect;
    if (t.deletionMark)
        effect = *t.deletionMark ? tr("marks the document for deletion") : tr("removes the deletion mark");
    else if (m_workflow.isPosted(t.to))
        effect = tr("records the document's movements");
    else if (takesMovementsBack(m_workflow, t))
        effect = tr("takes the document's movements back");
    QString tip = effect.isEmpty() ? t.title : tr("%1: %2", "transition title, what it does").arg(t.title, effect);
    if (!t.shortcut.isEmpty())
        tip += QStringLiteral(" (%1)").arg(
            QKeySequence::fromString(t.shortcut, QKeySequence::PortableText).toString(QKeySequence::NativeText));
    return tip;
}

QAction *TransitionActions::action(const QString &transition) const
{
    for (QAction *a : m_actions)
        if (a->objectName() == transition)
            return a;
    return nullptr;
}

void TransitionActions::addTo(QToolBar *toolbar, QAction *before, const QList<QAction *> &alsoInMore)
{
    QList<QAction *> more;
    for (QAction *a : std::as_const(m_actions)) {
        if (a->shortcut().isEmpty())
            more.append(a);
        else
            toolbar->insertAction(before, a);
    }
    if (more.isEmpty() && alsoInMore.isEmpty())
        return;
    auto *menu = new QMenu(toolbar);
    menu->addActions(more);
    if (!more.isEmpty() && !alsoInMore.isEmpty())
        menu->addSeparator();
    menu->addActions(alsoInMore);
    QAction *moreAction = menu->menuAction();
    moreAction->setText(tr("&More"));
    moreAction->setObjectName(QStringLiteral("moreTransitions"));
    moreAction->setToolTip(tr("More commands of the document's workflow"));
    toolbar->insertAction(before, moreAction);
    if (auto *button = qobject_cast<QToolButton *>(toolbar->widgetForAction(moreAction)))
        button->setPopupMode(QToolButton::InstantPopup);
}

void TransitionActions::update(const QString &state, bool deleted, bool haveDocument)
{
    m_state = state;
    m_deleted = deleted;
    m_haveDocument = haveDocument;
    const bool answered = !m_answerState.isEmpty() && m_answerState == state;
    for (QAction *a : std::as_const(m_actions)) {
        const WorkflowTransition *t = m_workflow.transition(a->objectName());
        if (!t)
            continue;
        const bool refused = answered && !m_serverAllowed.value(t->name, true);
        a->setEnabled(haveDocument && m_workflow.canRun(*t, state, deleted) && !refused);
        const QString reason = answered ? m_refusals.value(t->name) : QString();
        a->setToolTip(reason.isEmpty() ? toolTip(*t) : toolTip(*t) + u'\n' + reason);
        if (t->deletionMark)
            a->setVisible(*t->deletionMark != deleted);
    }
}

void TransitionActions::setServerAnswer(const QString &state, const QCborArray &transitions)
{
    m_answerState = state;
    m_serverAllowed.clear();
    m_refusals.clear();
    for (const QCborValue &v : transitions) {
        const QCborMap t = v.toMap();
        const QString name = t.value(QStringLiteral("name")).toString();
        m_serverAllowed.insert(name, t.value(QStringLiteral("allowed")).toBool());
        const QString reason = t.value(QStringLiteral("reason")).toString();
        if (!reason.isEmpty())
            m_refusals.insert(name, reason);
    }
    update(m_state, m_deleted, m_haveDocument);
}

} // namespace erp::app
