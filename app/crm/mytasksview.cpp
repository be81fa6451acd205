#include "mytasksview.h"

#include "connection.h"
#include "core/clientsession.h"
#include "core/enterkey.h"
#include "form/valuetext.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace erp::app {

using erp::client::Reply;

namespace {

constexpr int IdRole = Qt::UserRole + 1;
enum Column { Due, Subject, Partner, Deal, Priority, Number, ColumnCount };

// A reference as the method sends it: {id, name} (or number), or the bare value.
QString refText(const QCborValue &v)
{
    if (!v.isMap())
        return v.isString() ? v.toString() : QString();
    const QCborMap m = v.toMap();
    return m.value(QStringLiteral("name")).toString(m.value(QStringLiteral("number")).toString(m.value(QStringLiteral("subject")).toString()));
}

} // namespace

MyTasksView::MyTasksView(ClientSession *session, const QCborMap &spec, QWidget *parent)
    : QWidget(parent), m_session(session), m_kindName(spec.value(QStringLiteral("kind")).toString()),
      m_method(spec.value(QStringLiteral("method")).toString()), m_model(new QStandardItemModel(0, ColumnCount, this)),
      m_view(new QTableView(this)), m_includeDone(new QCheckBox(tr("Show &done ones too"), this)), m_status(new QLabel(this)),
      m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("myTasks"));
    m_model->setHorizontalHeaderLabels({tr("Due"), tr("Subject"), tr("Client"), tr("Deal"), tr("Priority"), tr("Number")});
    m_view->setObjectName(QStringLiteral("tasksTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(Subject, QHeaderView::Stretch);
    const int digit = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_view->setColumnWidth(Due, digit * 20);
    m_view->setColumnWidth(Partner, digit * 28);
    m_view->setColumnWidth(Deal, digit * 18);
    m_view->setColumnWidth(Priority, digit * 10);
    m_view->setColumnWidth(Number, digit * 17);
    openOnEnterAndDoubleClick(m_view, [this] { openCurrent(); });
    m_includeDone->setObjectName(QStringLiteral("includeDone"));
    connect(m_includeDone, &QCheckBox::toggled, this, &MyTasksView::refresh);
    m_status->setObjectName(QStringLiteral("tasksStatus"));
    auto *refreshAction = new QAction(tr("Refresh"), this);
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshAction, &QAction::triggered, this, &MyTasksView::refresh);
    addAction(refreshAction);

    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_includeDone);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(300);
    connect(m_refreshTimer, &QTimer::timeout, this, &MyTasksView::refresh);
    connect(session, &ClientSession::objectChanged, this, [this](const QString &kind) {
        if (kind == m_kindName)
            m_refreshTimer->start();
    });
    connect(session, &ClientSession::serverEvent, this, [this](const QString &name, const QCborMap &payload) {
        if (name == QLatin1String("reminder") && payload.value(QStringLiteral("kind")).toString() == m_kindName)
            m_refreshTimer->start();
    });
    session->describe(m_kindName, this, [this](const KindInfo &info) {
        m_kind = info;
        refresh();
    });
}

void MyTasksView::refresh()
{
    QCborMap params;
    if (m_includeDone->isChecked())
        params.insert(QStringLiteral("include_done"), true);
    const int request = ++m_request;
    m_session->call(m_method, params, this, [this, request](const Reply &r) {
        if (request != m_request)
            return;
        if (!r.ok) {
            m_status->setText(r.error.message);
            return;
        }
        showRows(r.result.toMap().value(QStringLiteral("rows")).toArray());
    });
}

void MyTasksView::showRows(const QCborArray &rows)
{
    const qint64 keep = m_view->currentIndex().isValid() ? m_view->currentIndex().siblingAtColumn(0).data(IdRole).toLongLong() : 0;
    m_rows = rows;
    m_model->setRowCount(0);
    int overdue = 0;
    const FieldInfo *due = m_kind.field(QStringLiteral("due_at"));
    const FieldInfo *priority = m_kind.field(QStringLiteral("priority"));
    FieldInfo datetime;
    datetime.type = QStringLiteral("datetime");
    int select = 0;
    for (const QCborValue &v : rows) {
        const QCborMap row = v.toMap();
        const bool late = row.value(QStringLiteral("overdue")).toBool();
        overdue += late ? 1 : 0;
        QList<QStandardItem *> items;
        items.append(new QStandardItem(displayValue(due ? *due : datetime, row.value(QStringLiteral("due_at")), QString(), m_session)));
        items.append(new QStandardItem(row.value(QStringLiteral("subject")).toString()));
        items.append(new QStandardItem(refText(row.value(QStringLiteral("partner")))));
        items.append(new QStandardItem(refText(row.value(QStringLiteral("deal")))));
        items.append(new QStandardItem(priority ? displayValue(*priority, row.value(QStringLiteral("priority")), QString(), m_session)
                                                : row.value(QStringLiteral("priority")).toVariant().toString()));
        items.append(new QStandardItem(row.value(QStringLiteral("number")).toString()));
        const qint64 id = row.value(QStringLiteral("id")).toInteger();
        items[0]->setData(id, IdRole);
        for (QStandardItem *item : items) {
            if (late)
                item->setForeground(QColor(0xb0, 0x00, 0x20));
            item->setToolTip(item->text());
        }
        if (late) {
            QFont bold = items[Due]->font();
            bold.setBold(true);
            items[Due]->setFont(bold);
        }
        if (id == keep)
            select = m_model->rowCount();
        m_model->appendRow(items);
    }
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(select, 0));
    m_status->setText(rows.isEmpty() ? tr("Nothing to do.")
                      : overdue > 0  ? tr("%n task(s), %1 overdue", nullptr, int(rows.size())).arg(overdue)
                                     : tr("%n task(s)", nullptr, int(rows.size())));
    m_status->setStyleSheet(overdue > 0 ? QStringLiteral("color: #b00020; font-weight: bold;") : QString());
    m_loaded = true;
    Q_EMIT loaded();
}

void MyTasksView::openCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (index.isValid())
        Q_EMIT openRequested(m_kindName, index.siblingAtColumn(0).data(IdRole).toLongLong());
}

} // namespace erp::app
