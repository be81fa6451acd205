#include "checklistpanel.h"

#include "connection.h"
#include "core/clientsession.h"
#include "valuetext.h"

#include <QCborMap>
#include <QDateTime>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace erp::app {

using erp::client::Reply;

namespace {

constexpr int ActionRole = Qt::UserRole + 1;

QString localTime(const QCborValue &at)
{
    const QDateTime t = QDateTime::fromString(at.toString(), Qt::ISODateWithMs);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), dateTimeFormat(QLocale())) : at.toString();
}

} // namespace

ChecklistPanel::ChecklistPanel(ClientSession *session, const WorkflowInfo &workflow, QWidget *parent)
    : QWidget(parent), m_session(session), m_workflow(workflow), m_title(new QLabel(this)), m_list(new QListWidget(this)),
      m_refusals(new QLabel(this))
{
    setObjectName(QStringLiteral("checklist"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("checklistItems"));
    m_list->setToolTip(tr("Space ticks the selected action as done"));
    m_list->setWordWrap(true);
    connect(m_list, &QListWidget::itemChanged, this, &ChecklistPanel::itemChanged);
    m_refusals->setObjectName(QStringLiteral("checklistRefusals"));
    m_refusals->setWordWrap(true);
    m_refusals->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    m_refusals->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_refusals);
    setMinimumWidth(240);
    setMaximumWidth(380); // the fields keep the room
    hide();
}

void ChecklistPanel::setDocument(const QString &kind, qint64 id, const QString &state)
{
    m_kind = kind;
    m_id = id;
    m_state = state;
    if (id == 0) {
        ++m_request;
        m_actions = {};
        m_hasRefusals = false;
        m_list->clear();
        updateVisibility();
        return;
    }
    refresh();
}

void ChecklistPanel::refresh()
{
    if (m_id == 0)
        return;
    const quint64 request = ++m_request;
    QCborMap params;
    params.insert(QStringLiteral("kind"), m_kind);
    params.insert(QStringLiteral("id"), m_id);
    const QString state = m_state;
    m_session->call(QStringLiteral("document.history"), params, this, [this, request](const Reply &r) {
        if (request != m_request)
            return;
        showActions(r.ok ? r.result.toMap().value(QStringLiteral("actions")).toArray() : QCborArray());
        m_loaded = true;
        Q_EMIT loaded();
    });
    // Servers without the method answer an error: the metadata alone then decides.
    m_session->call(QStringLiteral("document.transitions"), params, this, [this, request, state](const Reply &r) {
        if (request != m_request || !r.ok)
            return;
        const QCborArray transitions = readable(r.result.toMap().value(QStringLiteral("transitions")).toArray());
        showRefusals(transitions);
        Q_EMIT transitionsAnswered(state, transitions);
    });
}

void ChecklistPanel::showActions(const QCborArray &actions)
{
    m_actions = actions;
    m_filling = true;
    const QString current = m_list->currentItem() ? m_list->currentItem()->data(ActionRole).toString() : QString();
    m_list->clear();
    int done = 0;
    for (const QCborValue &v : actions) {
        const QCborMap a = v.toMap();
        const bool isDone = a.value(QStringLiteral("done")).toBool();
        done += isDone ? 1 : 0;
        QString text = a.value(QStringLiteral("title")).toString();
        if (isDone)
            text += u'\n' + tr("done by %1, %2", "user, local time")
                                .arg(a.value(QStringLiteral("user")).toString(), localTime(a.value(QStringLiteral("at"))));
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(ActionRole, a.value(QStringLiteral("name")).toString());
        // Done is done: the server keeps who did it; there is no taking it back.
        item->setFlags(isDone ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                              : Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(isDone ? Qt::Checked : Qt::Unchecked);
        if (isDone)
            item->setForeground(QColor(0x1b, 0x7f, 0x3b));
        if (item->data(ActionRole).toString() == current)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_title->setText(tr("To do before moving on: %1 of %2 done").arg(done).arg(actions.size()));
    m_filling = false;
    updateVisibility();
}

// The server's reasons start with the field or parameter at fault ("outcome_reason: must be
// filled before Lost"): a field of the document reads with its title, anything else is left out.
QCborArray ChecklistPanel::readable(const QCborArray &transitions) const
{
    QCborArray out;
    for (const QCborValue &v : transitions) {
        QCborMap t = v.toMap();
        const QString field = t.value(QStringLiteral("field")).toString();
        const QString reason = t.value(QStringLiteral("reason")).toString();
        const QString prefix = field + QStringLiteral(": ");
        if (!field.isEmpty() && reason.startsWith(prefix)) {
            const QString title = fieldTitle ? fieldTitle(field) : QString();
            const QString rest = reason.mid(prefix.size());
            t.insert(QStringLiteral("reason"), title.isEmpty() ? rest : tr("%1: %2", "field, what is wrong").arg(title, rest));
        }
        out.append(t);
    }
    return out;
}

void ChecklistPanel::showRefusals(const QCborArray &transitions)
{
    QStringList lines;
    for (const QCborValue &v : transitions) {
        const QCborMap t = v.toMap();
        if (t.value(QStringLiteral("allowed")).toBool(true) || t.value(QStringLiteral("reason")).toString().isEmpty())
            continue;
        // What the workflow never offers from this state is no news.
        const WorkflowTransition *declared = m_workflow.transition(t.value(QStringLiteral("name")).toString());
        if (!declared || declared->deletionMark || !declared->from.contains(m_state))
            continue;
        lines.append(tr("%1: %2", "transition, why it is refused now")
                         .arg(t.value(QStringLiteral("title")).toString(t.value(QStringLiteral("name")).toString()),
                              t.value(QStringLiteral("reason")).toString()));
    }
    m_refusals->setText(lines.join(u'\n'));
    m_refusals->setVisible(!lines.isEmpty());
    m_hasRefusals = !lines.isEmpty();
    updateVisibility();
}

void ChecklistPanel::updateVisibility()
{
    m_title->setVisible(!m_actions.isEmpty());
    m_list->setVisible(!m_actions.isEmpty());
    setVisible(m_id != 0 && (!m_actions.isEmpty() || m_hasRefusals));
}

void ChecklistPanel::itemChanged(QListWidgetItem *item)
{
    if (m_filling || item->checkState() != Qt::Checked || !(item->flags() & Qt::ItemIsUserCheckable))
        return;
    complete(item->data(ActionRole).toString());
}

void ChecklistPanel::complete(const QString &action)
{
    if (m_id == 0)
        return;
    QCborMap params;
    params.insert(QStringLiteral("kind"), m_kind);
    params.insert(QStringLiteral("id"), m_id);
    params.insert(QStringLiteral("action"), action);
    m_session->call(QStringLiteral("document.completeAction"), params, this, [this, action](const Reply &r) {
        if (!r.ok) {
            Q_EMIT failed(r.error.message);
            refresh();
            return;
        }
        Q_EMIT actionCompleted(action);
        refresh();
    });
}

} // namespace erp::app
