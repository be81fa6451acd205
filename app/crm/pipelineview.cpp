#include "pipelineview.h"

#include "connection.h"
#include "decimal.h"
#include "core/clientsession.h"
#include "form/valuetext.h"
#include "list/listmodel.h"
#include "pipelinecolumn.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace erp::app {

using erp::client::Reply;

PipelineView::PipelineView(ClientSession *session, const QCborMap &spec, QWidget *parent)
    : QWidget(parent), m_session(session), m_kindName(spec.value(QStringLiteral("kind")).toString()),
      m_method(spec.value(QStringLiteral("method")).toString()), m_columnsLayout(new QHBoxLayout), m_message(new QLabel(this)),
      m_summary(new QLabel(this)), m_mine(new QCheckBox(tr("&My deals only"), this)), m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("pipeline"));
    m_message->setObjectName(QStringLiteral("pipelineMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_summary->setObjectName(QStringLiteral("pipelineSummary"));
    m_mine->setObjectName(QStringLiteral("pipelineMine"));
    connect(m_mine, &QCheckBox::toggled, this, [this] {
        for (PipelineColumn *c : std::as_const(m_columns))
            c->setFilters(filters());
        loadStages();
    });
    auto *refreshAction = new QAction(tr("Refresh"), this);
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshAction, &QAction::triggered, this, &PipelineView::refresh);
    addAction(refreshAction);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_mine);
    auto *hint = new QLabel(tr("Ctrl+→ / Ctrl+← or dragging moves a deal to the next stage · Enter opens it"), this);
    hint->setStyleSheet(QStringLiteral("color: #5f6368;"));
    auto *content = new QWidget;
    content->setLayout(m_columnsLayout);
    m_columnsLayout->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(scroll, 1);
    layout->addWidget(hint);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(300);
    connect(m_refreshTimer, &QTimer::timeout, this, &PipelineView::refresh);
    connect(session, &ClientSession::objectChanged, this, [this](const QString &kind) {
        if (kind == m_kindName)
            m_refreshTimer->start();
    });
    session->describe(m_kindName, this, [this](const KindInfo &info) {
        m_kind = info;
        QCborMap params;
        params.insert(QStringLiteral("kind"), m_kindName);
        m_session->call(QStringLiteral("meta.form"), params, this, [this](const Reply &r) {
            for (const QCborValue &c : r.result.toMap().value(QStringLiteral("base")).toMap().value(QStringLiteral("list")).toArray())
                m_cardColumns.append(c.toString());
            loadStages();
        });
    });
}

QCborArray PipelineView::filters() const
{
    QCborArray f;
    if (m_mine->isChecked()) {
        QCborMap manager;
        manager.insert(QStringLiteral("field"), QStringLiteral("manager"));
        manager.insert(QStringLiteral("value"), m_session->userId());
        f.append(manager);
    }
    return f;
}

void PipelineView::refresh()
{
    loadStages();
    for (PipelineColumn *c : std::as_const(m_columns)) {
        c->select(c->currentId());
        c->model()->refresh();
    }
}

void PipelineView::loadStages()
{
    QCborMap params;
    if (m_mine->isChecked())
        params.insert(QStringLiteral("manager"), m_session->userId());
    const int request = ++m_request;
    m_session->call(m_method, params, this, [this, request](const Reply &r) {
        if (request != m_request)
            return;
        if (!r.ok) {
            showMessage(r.error.message, true);
            return;
        }
        showStages(r.result.toMap().value(QStringLiteral("stages")).toArray());
    });
}

void PipelineView::showStages(const QCborArray &stages)
{
    QStringList names;
    for (const QCborValue &s : stages)
        names.append(s.toMap().value(QStringLiteral("stage")).toString());
    QStringList shown;
    for (PipelineColumn *c : std::as_const(m_columns))
        shown.append(c->stage());
    if (names != shown) {
        qDeleteAll(m_columns);
        m_columns.clear();
        for (const QCborValue &s : stages) {
            auto *column = new PipelineColumn(m_session, m_kind, m_cardColumns, s.toMap(), filters(), this);
            column->view()->installEventFilter(this);
            connect(column->view(), &QListView::doubleClicked, this, [this, column](const QModelIndex &index) {
                Q_EMIT openRequested(m_kindName, column->model()->idAt(index.row()));
            });
            connect(column->view(), &PipelineList::cardDropped, this, [this, column](qint64 id, const QString &from) {
                moveTo(id, from, column->stage());
            });
            m_columnsLayout->addWidget(column, 1);
            m_columns.append(column);
        }
    }
    FieldInfo money;
    money.type = QStringLiteral("money");
    money.scale = 2;
    qint64 count = 0;
    QString weighted = QStringLiteral("0");
    for (int i = 0; i < stages.size() && i < m_columns.size(); ++i) {
        m_columns[i]->setFigures(stages[i].toMap());
        count += stages[i].toMap().value(QStringLiteral("count")).toInteger();
    }
    QStringList parts;
    for (const QCborValue &s : stages)
        parts.append(s.toMap().value(QStringLiteral("weighted")).toString());
    // The total weighted amount: exact decimal text summed by the server's figures' own scale.
    erp::Decimal total;
    bool exact = true;
    for (const QString &p : std::as_const(parts)) {
        const auto d = erp::Decimal::parse(p);
        const auto sum = d ? total.plus(*d) : std::nullopt;
        if (!sum) {
            exact = false;
            break;
        }
        total = *sum;
    }
    m_summary->setText(exact ? tr("Open: %n deal(s), weighted %1", nullptr, int(count)).arg(valueText(money, total.toString()))
                             : tr("Open: %n deal(s)", nullptr, int(count)));
    if (!m_ready) {
        m_ready = true;
        if (!m_columns.isEmpty())
            m_columns.first()->view()->setFocus();
        Q_EMIT ready();
    }
}

PipelineColumn *PipelineView::column(const QString &stage) const
{
    for (PipelineColumn *c : m_columns)
        if (c->stage() == stage)
            return c;
    return nullptr;
}

QString PipelineView::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void PipelineView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020; font-weight: bold;") : QStringLiteral("color: #1b7f3b;"));
    m_message->setVisible(!text.isEmpty());
}

void PipelineView::moveTo(qint64 id, const QString &fromStage, const QString &toStage)
{
    PipelineColumn *from = column(fromStage);
    PipelineColumn *to = column(toStage);
    if (!from || !to || fromStage == toStage)
        return;
    const QCborMap row = from->model()->rowAt(from->model()->rowOfId(id));
    if (row.isEmpty())
        return;
    const QString state = row.value(QStringLiteral("status")).toString();
    const bool deleted = row.value(QStringLiteral("deleted")).toBool();
    const QString name = presentation(m_kind, row);
    const WorkflowTransition *transition = nullptr;
    for (const WorkflowTransition &t : std::as_const(m_kind.workflow.transitions))
        if (t.to == toStage && !t.deletionMark && m_kind.workflow.canRun(t, state, deleted)) {
            transition = &t;
            break;
        }
    const QString target = to->figures().value(QStringLiteral("title")).toString(toStage);
    if (!transition) {
        const QString message = tr("%1 cannot move to “%2”: no transition you may run leads there from “%3”.")
                                    .arg(name, target, m_kind.workflow.stateTitle(state));
        showMessage(message, true);
        Q_EMIT moveFinished(false, message);
        return;
    }
    QCborMap params;
    params.insert(QStringLiteral("kind"), m_kindName);
    params.insert(QStringLiteral("id"), id);
    params.insert(QStringLiteral("version"), row.value(QStringLiteral("version")));
    params.insert(QStringLiteral("transition"), transition->name);
    showMessage(QString(), false);
    m_session->call(QStringLiteral("document.transition"), params, this,
                    [this, id, from, to, name, target](const Reply &r) {
                        if (!r.ok) {
                            const QString message = tr("%1 stays where it is: %2").arg(name, r.error.message);
                            showMessage(message, true);
                            from->view()->setFocus();
                            Q_EMIT moveFinished(false, message);
                            return;
                        }
                        const QString message = tr("%1 moved to “%2”.").arg(name, target);
                        showMessage(message, false);
                        to->select(id);
                        to->view()->setFocus();
                        loadStages();
                        from->model()->refresh();
                        to->model()->refresh();
                        Q_EMIT moveFinished(true, message);
                    });
}

void PipelineView::focusColumn(int index, int row)
{
    if (index < 0 || index >= m_columns.size())
        return;
    PipelineList *view = m_columns[index]->view();
    const int rows = m_columns[index]->model()->rowCount();
    if (rows > 0)
        view->setCurrentIndex(m_columns[index]->model()->index(qBound(0, row, rows - 1), 0));
    view->setFocus();
}

bool PipelineView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    int at = -1;
    for (int i = 0; i < m_columns.size(); ++i)
        if (m_columns[i]->view() == watched)
            at = i;
    if (at < 0)
        return QWidget::eventFilter(watched, event);
    PipelineColumn *column = m_columns[at];
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool left = key->key() == Qt::Key_Left;
    const bool right = key->key() == Qt::Key_Right;
    if ((left || right) && key->modifiers() == Qt::ControlModifier) {
        const int target = at + (right ? 1 : -1);
        if (column->currentId() != 0 && target >= 0 && target < m_columns.size())
            moveTo(column->currentId(), column->stage(), m_columns[target]->stage());
        return true;
    }
    if ((left || right) && key->modifiers() == Qt::NoModifier) {
        focusColumn(at + (right ? 1 : -1), column->view()->currentIndex().row());
        return true;
    }
    if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
        if (column->currentId() != 0)
            Q_EMIT openRequested(m_kindName, column->currentId());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace erp::app
