#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace erp::meta {

struct WorkflowAction
{
    QString name;
    QString title;
};

// A state of a workflow. `posted`: an object in this state has register movements (its
// posting is written when it enters the state and taken back when it leaves it).
struct WorkflowState
{
    QString name;
    QString title;
    bool posted = false;
    // What must be done before an object may leave this state (a deal stage's checklist).
    QList<WorkflowAction> actions;
};

// A move between states, run by name ("post", "unpost", a deal's "to_negotiation").
struct WorkflowTransition
{
    QString name;
    QString title;
    QStringList from; // states it may start in
    QString to;
    QString right;              // the user needs it besides the kind's write right
    QStringList requiredFields; // fields that must be filled first
    QString guard;              // a check an area registers under this name; empty: none
    QString shortcut;           // the client's key for it ("Ctrl+Shift+P")
    // The deletion mark: true sets it, false clears it, unset leaves it. A marked object can
    // take only the transition that clears the mark.
    std::optional<bool> deletionMark;
};

// States and transitions of a kind, declared in resources/metadata/workflows/*.json.
struct Workflow
{
    QString name;
    QString initial;
    bool history = false; // record who moved what from where to where, and when
    QList<WorkflowState> states;
    QList<WorkflowTransition> transitions;

    const WorkflowState *state(const QString &name) const;
    const WorkflowTransition *transition(const QString &name) const;
    QStringList postedStates() const;
};

} // namespace erp::meta
