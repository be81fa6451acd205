#include "relatedlist.h"

#include "connection.h"
#include "core/clientsession.h"
#include "list/listmodel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace erp::app {

using erp::client::Reply;

RelatedList::RelatedList(ClientSession *session, const QCborArray &entries, std::function<QCborMap()> ownerValues,
                         QWidget *parent)
    : QWidget(parent), m_session(session), m_ownerValues(std::move(ownerValues)), m_stack(new QStackedWidget(this)),
      m_hint(new QLabel(this)), m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("relatedList"));
    for (const QCborValue &e : entries) {
        Entry entry;
        entry.kind = e.toMap().value(QStringLiteral("kind")).toString();
        entry.field = e.toMap().value(QStringLiteral("field")).toString();
        entry.fill = e.toMap().value(QStringLiteral("fill")).toMap();
        m_entries.append(entry);
    }
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    if (m_entries.size() > 1) {
        m_kinds = new QComboBox(this);
        m_kinds->setObjectName(QStringLiteral("relatedKind"));
        m_kinds->setMinimumContentsLength(24);
        bar->addWidget(new QLabel(tr("Show:"), this));
        bar->addWidget(m_kinds);
        connect(m_kinds, &QComboBox::currentIndexChanged, this, [this](int i) {
            if (i >= 0)
                showKind(m_kinds->itemData(i).toString());
        });
    }
    m_create = new QAction(QApplication::style()->standardIcon(QStyle::SP_FileIcon), tr("&Create"), this);
    m_create->setObjectName(QStringLiteral("relatedCreate"));
    m_create->setShortcut(QKeySequence(Qt::Key_Insert));
    m_create->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_create->setToolTip(tr("A new one that belongs to this object (Insert)"));
    connect(m_create, &QAction::triggered, this, &RelatedList::create);
    addAction(m_create);
    auto *createButton = new QToolButton(this);
    createButton->setObjectName(QStringLiteral("relatedCreateButton"));
    createButton->setDefaultAction(m_create);
    createButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    createButton->setAutoRaise(true);
    bar->addWidget(createButton);
    bar->addStretch(1);
    m_hint->setObjectName(QStringLiteral("relatedHint"));
    m_hint->setStyleSheet(QStringLiteral("color: #5f6368;"));
    m_hint->setText(tr("Save the object first; what belongs to it is listed here then."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_hint);
    layout->addWidget(m_stack, 1);
    setMinimumHeight(320);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(250);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        for (Entry &e : m_entries)
            if (e.model && m_owner)
                e.model->refresh();
    });
    connect(session, &ClientSession::objectChanged, this, [this](const QString &kind, qint64, int, const QString &) {
        if (entry(kind))
            m_refreshTimer->start();
    });

    for (int i = 0; i < m_entries.size(); ++i) {
        const QString kind = m_entries[i].kind;
        session->describe(kind, this, [this, kind](const KindInfo &info) {
            QCborMap params;
            params.insert(QStringLiteral("kind"), kind);
            m_session->call(QStringLiteral("meta.form"), params, this, [this, info](const Reply &r) {
                QStringList columns;
                for (const QCborValue &c : r.result.toMap().value(QStringLiteral("base")).toMap().value(QStringLiteral("list")).toArray())
                    columns.append(c.toString());
                for (Entry &e : m_entries)
                    if (e.kind == info.name && !e.model)
                        build(e, info, columns);
            });
        });
    }
    setOwner(0);
}

void RelatedList::build(Entry &entry, const KindInfo &info, const QStringList &columns)
{
    QStringList shown = columns;
    shown.removeAll(entry.field); // every row refers to the owner: the column would repeat it
    entry.model = new ListModel(m_session, info, shown, this);
    entry.view = new QTableView(m_stack);
    entry.view->setObjectName(QStringLiteral("related_") + entry.kind);
    entry.view->setModel(entry.model);
    entry.view->setSelectionBehavior(QAbstractItemView::SelectRows);
    entry.view->setSelectionMode(QAbstractItemView::SingleSelection);
    entry.view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    entry.view->setAlternatingRowColors(true);
    entry.view->setWordWrap(false);
    entry.view->verticalHeader()->hide();
    entry.view->horizontalHeader()->setStretchLastSection(true);
    const QFontMetrics metrics = entry.view->fontMetrics();
    for (int i = 0; i < entry.model->columns().size(); ++i) {
        const FieldInfo &f = entry.model->columns()[i];
        const int chars = f.name == QLatin1String("name")       ? 34
                          : f.type == QLatin1String("string")   ? qBound(6, f.length + 1, 18)
                          : f.type == QLatin1String("ref")      ? 22
                          : f.type == QLatin1String("datetime") ? 18
                                                                : 14;
        entry.view->setColumnWidth(i, qMax(metrics.horizontalAdvance(f.title) + 24, metrics.horizontalAdvance(QLatin1Char('0')) * chars));
    }
    entry.view->installEventFilter(this);
    connect(entry.view, &QTableView::doubleClicked, this, [this, kind = entry.kind, model = entry.model](const QModelIndex &index) {
        Q_EMIT openRequested(kind, model->idAt(index.row()));
    });
    entry.page = m_stack->addWidget(entry.view);
    if (m_kinds) {
        // In the layout's order, whatever order the descriptions arrive in.
        int at = 0;
        for (const Entry &e : std::as_const(m_entries)) {
            if (&e == &entry)
                break;
            at += e.model ? 1 : 0;
        }
        m_kinds->insertItem(at, info.title, entry.kind);
        if (m_kinds->count() == 1)
            showKind(entry.kind);
    } else {
        showKind(entry.kind);
    }
    applyOwner(entry);
}

void RelatedList::setOwner(qint64 id)
{
    m_owner = id;
    m_hint->setVisible(id == 0);
    m_stack->setVisible(id != 0);
    m_create->setEnabled(id != 0);
    for (Entry &e : m_entries)
        applyOwner(e);
}

void RelatedList::applyOwner(Entry &entry)
{
    if (!entry.model || m_owner == 0)
        return;
    QCborMap condition;
    condition.insert(QStringLiteral("field"), entry.field);
    condition.insert(QStringLiteral("value"), m_owner);
    entry.model->setFilters(QCborArray{condition});
}

QString RelatedList::currentKind() const
{
    for (const Entry &e : m_entries)
        if (e.view && m_stack->currentWidget() == e.view)
            return e.kind;
    return QString();
}

const RelatedList::Entry *RelatedList::entry(const QString &kind) const
{
    for (const Entry &e : m_entries)
        if (e.kind == kind)
            return &e;
    return nullptr;
}

RelatedList::Entry *RelatedList::current()
{
    const QString kind = currentKind();
    for (Entry &e : m_entries)
        if (e.kind == kind)
            return &e;
    return nullptr;
}

ListModel *RelatedList::model(const QString &kind) const
{
    const Entry *e = entry(kind);
    return e ? e->model : nullptr;
}

QTableView *RelatedList::view(const QString &kind) const
{
    const Entry *e = entry(kind);
    return e ? e->view : nullptr;
}

void RelatedList::showKind(const QString &kind)
{
    const Entry *e = entry(kind);
    if (!e || !e->view)
        return;
    m_stack->setCurrentWidget(e->view);
    if (m_kinds && m_kinds->currentData().toString() != kind)
        m_kinds->setCurrentIndex(m_kinds->findData(kind));
}

void RelatedList::create()
{
    Entry *e = current();
    if (!e || m_owner == 0)
        return;
    QCborMap initial;
    const QCborMap values = m_ownerValues ? m_ownerValues() : QCborMap();
    QCborMap display;
    for (auto it = e->fill.constBegin(); it != e->fill.constEnd(); ++it) {
        const QCborValue v = values.value(it.value().toString());
        if (!v.isNull() && !v.isUndefined())
            initial.insert(it.key(), v);
        const QString name = values.value(QStringLiteral("display")).toMap().value(it.value().toString()).toString();
        if (!name.isEmpty())
            display.insert(it.key(), name);
    }
    initial.insert(e->field, m_owner);
    display.insert(e->field, values.value(QStringLiteral("name")).toString());
    initial.insert(QStringLiteral("display"), display);
    Q_EMIT createRequested(e->kind, initial);
}

bool RelatedList::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        for (const Entry &e : std::as_const(m_entries))
            if (watched == e.view && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
                && key->modifiers() == Qt::NoModifier && e.view->currentIndex().isValid()) {
                Q_EMIT openRequested(e.kind, e.model->idAt(e.view->currentIndex().row()));
                return true;
            }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace erp::app
