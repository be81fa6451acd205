#pragma once

#include "core/kindinfo.h"

#include <QCborArray>
#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace erp::app {

class ClientSession;

// What the workflow asks of a document in its current state, beside the form: the state's
// checklist (document.history's `actions`; ticking one runs document.completeAction, a done
// one says who and when) and what the server says the document may take now
// (document.transitions, handed to the form's commands through transitionsAnswered; a refused
// transition's reason is listed). Generic: it shows itself for any kind whose state has
// actions or whose transitions the server refuses, and stays hidden otherwise.
class ChecklistPanel : public QWidget
{
    Q_OBJECT

public:
    // workflow: the kind's; refusals are listed only for what it offers from the state.
    ChecklistPanel(ClientSession *session, const WorkflowInfo &workflow, QWidget *parent = nullptr);

    // The document and its state as last read; 0 (not saved yet) shows nothing.
    void setDocument(const QString &kind, qint64 id, const QString &state);
    void refresh();
    QListWidget *list() const { return m_list; }
    // The checklist as last read: [{name, title, done, user?, at?}].
    QCborArray actions() const { return m_actions; }
    bool isLoaded() const { return m_loaded; }
    // Marks an action of the checklist done (what ticking it does).
    void complete(const QString &action);
    // The title of the document's field; a refusal naming a field at its start reads with it.
    std::function<QString(const QString &field)> fieldTitle;

Q_SIGNALS:
    void loaded();
    // The server's answer for the document in `state`: [{name, title, allowed, reason?}].
    void transitionsAnswered(const QString &state, const QCborArray &transitions);
    // An action was ticked: the document's workflow may allow more now.
    void actionCompleted(const QString &action);
    void failed(const QString &message);

private:
    void showActions(const QCborArray &actions);
    void showRefusals(const QCborArray &transitions);
    QCborArray readable(const QCborArray &transitions) const;
    void itemChanged(QListWidgetItem *item);
    void updateVisibility();

    ClientSession *m_session;
    WorkflowInfo m_workflow;
    QString m_kind;
    qint64 m_id = 0;
    QString m_state;
    quint64 m_request = 0;
    QCborArray m_actions;
    bool m_filling = false;
    bool m_loaded = false;
    bool m_hasRefusals = false;
    QLabel *m_title;
    QListWidget *m_list;
    QLabel *m_refusals;
};

} // namespace erp::app
