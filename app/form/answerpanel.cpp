#include "answerpanel.h"

#include "connection.h"
#include "core/clientsession.h"
#include "core/enterkey.h"
#include "valuetext.h"

#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace erp::app {

using erp::client::Reply;

namespace {

constexpr int KindRole = Qt::UserRole + 1;
constexpr int IdRole = Qt::UserRole + 2;
constexpr int ValueRole = Qt::UserRole + 3; // a kind or state cell's name, titled once described

const QColor MarkColor(0xb0, 0x00, 0x20);

QString typeOf(const QCborMap &column)
{
    return column.value(QStringLiteral("type")).toString(QStringLiteral("text"));
}

bool isNumber(const QString &type)
{
    return type == QLatin1String("money") || type == QLatin1String("integer") || type == QLatin1String("hours")
           || type == QLatin1String("days");
}

FieldInfo fieldOfType(const QString &type)
{
    FieldInfo f;
    f.type = type;
    f.scale = type == QLatin1String("money") ? 4 : 0;
    return f;
}

QString moneyText(const QCborValue &value)
{
    if (canonicalDecimal(value, 4).isEmpty())
        return value.toString();
    return valueText(fieldOfType(QStringLiteral("money")), value);
}

} // namespace

AnswerPanel::AnswerPanel(ClientSession *session, const QString &kind, const QCborMap &spec, QWidget *parent)
    : QWidget(parent), m_session(session), m_kind(kind), m_method(spec.value(QStringLiteral("method")).toString()),
      m_param(spec.value(QStringLiteral("param")).toString()), m_columns(spec.value(QStringLiteral("columns")).toArray()),
      m_mark(spec.value(QStringLiteral("mark")).toString()), m_totals(spec.value(QStringLiteral("totals")).toMap()),
      m_kinds(spec.value(QStringLiteral("kinds")).toArray()), m_model(new QStandardItemModel(this)),
      m_view(new QTableView(this)), m_hint(new QLabel(this)), m_totalsLabel(new QLabel(this)),
      m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("panel_") + m_method);
    const QCborValue rows = spec.value(QStringLiteral("rows"));
    if (rows.isString())
        m_rowKeys.append(rows.toString());
    for (const QCborValue &r : rows.toArray())
        m_rowKeys.append(r.toString());

    QStringList titles;
    for (const QCborValue &c : std::as_const(m_columns))
        titles.append(c.toMap().value(QStringLiteral("title")).toString(c.toMap().value(QStringLiteral("key")).toString()));
    m_model->setHorizontalHeaderLabels(titles);
    for (int i = 0; i < m_columns.size(); ++i)
        if (isNumber(typeOf(m_columns.at(i).toMap())))
            m_model->horizontalHeaderItem(i)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_view->setObjectName(QStringLiteral("panelTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    openOnEnterAndDoubleClick(m_view, [this] { openCurrent(); });

    m_hint->setObjectName(QStringLiteral("panelHint"));
    m_hint->setStyleSheet(QStringLiteral("color: #5f6368;"));
    m_hint->setWordWrap(true);
    m_totalsLabel->setObjectName(QStringLiteral("panelTotals"));
    m_totalsLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_totalsLabel->setTextFormat(Qt::PlainText);
    QFont bold = m_totalsLabel->font();
    bold.setBold(true);
    m_totalsLabel->setFont(bold);
    m_totalsLabel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hint);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_totalsLabel);
    setMinimumHeight(200);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(300);
    connect(m_refreshTimer, &QTimer::timeout, this, &AnswerPanel::refresh);
    connect(session, &ClientSession::objectChanged, this, [this](const QString &changed, qint64 id) {
        if (m_id != 0 && ((changed == m_kind && id == m_id) || m_kinds.contains(changed)))
            m_refreshTimer->start();
    });
    setOwner(0);
}

void AnswerPanel::setOwner(qint64 id)
{
    m_id = id;
    if (id == 0) {
        ++m_request;
        m_loaded = false;
        m_rows = {};
        m_model->removeRows(0, m_model->rowCount());
        m_view->hide();
        m_totalsLabel->hide();
        m_hint->setText(tr("Save the object first; this is shown here then."));
        m_hint->show();
        return;
    }
    refresh();
}

void AnswerPanel::refresh()
{
    m_refreshTimer->stop();
    if (m_id == 0)
        return;
    QCborMap params;
    params.insert(m_param, m_id);
    const quint64 request = ++m_request;
    m_session->call(m_method, params, this, [this, request](const Reply &r) {
        if (request != m_request)
            return;
        if (!r.ok) {
            m_rows = {};
            m_model->removeRows(0, m_model->rowCount());
            m_view->hide();
            m_totalsLabel->hide();
            m_hint->setText(r.error.message);
            m_hint->show();
            m_loaded = true;
            Q_EMIT loaded();
            return;
        }
        showAnswer(r.result.toMap());
    });
}

void AnswerPanel::showAnswer(const QCborMap &answer)
{
    const int keep = m_view->currentIndex().row();
    m_rows = {};
    for (const QString &key : std::as_const(m_rowKeys))
        for (const QCborValue &row : answer.value(key).toArray())
            m_rows.append(row);
    m_model->removeRows(0, m_model->rowCount());
    QSet<QString> kinds;
    for (const QCborValue &r : std::as_const(m_rows)) {
        const QCborMap row = r.toMap();
        const QString rowKind = row.value(QStringLiteral("kind")).toString();
        const bool marked = !m_mark.isEmpty() && row.value(m_mark).toBool();
        QList<QStandardItem *> items;
        for (const QCborValue &c : std::as_const(m_columns)) {
            const QCborMap column = c.toMap();
            const QString type = typeOf(column);
            auto *item = new QStandardItem(cellText(row, column));
            if (isNumber(type))
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (type == QLatin1String("kind") || type == QLatin1String("state")) {
                item->setData(row.value(column.value(QStringLiteral("key")).toString()).toString(), ValueRole);
                kinds.insert(rowKind.isEmpty() ? m_kind : rowKind);
            }
            if (marked)
                item->setForeground(MarkColor);
            items.append(item);
        }
        if (!items.isEmpty()) {
            items.first()->setData(rowKind, KindRole);
            items.first()->setData(row.value(QStringLiteral("id")).toInteger(), IdRole);
        }
        m_model->appendRow(items);
    }
    for (const QString &k : std::as_const(kinds))
        m_session->describe(k, this, [this, k](const KindInfo &info) { applyTitles(k, info); });

    QStringList totals;
    const QCborMap sums = answer.value(m_totals.value(QStringLiteral("key")).toString()).toMap();
    for (const QCborValue &i : m_totals.value(QStringLiteral("items")).toArray()) {
        const QCborMap item = i.toMap();
        const QCborValue value = sums.value(item.value(QStringLiteral("key")).toString());
        if (!value.isUndefined() && !value.isNull())
            totals.append(QStringLiteral("%1: %2").arg(item.value(QStringLiteral("title")).toString(), moneyText(value)));
    }
    m_totalsLabel->setText(totals.join(QStringLiteral("    ")));
    m_totalsLabel->setVisible(!totals.isEmpty() && !m_rows.isEmpty());

    m_hint->setText(tr("Nothing recorded yet."));
    m_hint->setVisible(m_rows.isEmpty());
    m_view->setVisible(!m_rows.isEmpty());
    if (!m_rows.isEmpty())
        m_view->selectRow(qBound(0, keep, int(m_rows.size()) - 1));
    const bool opens = std::any_of(m_rows.cbegin(), m_rows.cend(), [](const QCborValue &r) {
        return r.toMap().value(QStringLiteral("kind")).isString() && r.toMap().value(QStringLiteral("id")).isInteger();
    });
    m_view->setToolTip(opens ? tr("Enter or a double-click opens the document") : QString());
    m_loaded = true;
    Q_EMIT loaded();
}

QString AnswerPanel::cellText(const QCborMap &row, const QCborMap &column) const
{
    const QString type = typeOf(column);
    const QString key = column.value(QStringLiteral("key")).toString();
    const QCborValue value = row.value(key);
    if (value.isNull() || value.isUndefined())
        return QString();
    const QString display = row.value(QStringLiteral("display")).toMap().value(key).toString();
    if (!display.isEmpty())
        return display;
    if (type == QLatin1String("money"))
        return moneyText(value);
    if (type == QLatin1String("hours"))
        return durationText(value.isString() ? value.toString() : QString::number(value.toDouble()));
    if (type == QLatin1String("days"))
        return tr("%n d", "days", int(value.toInteger()));
    if (type == QLatin1String("date"))
        return documentDate(value);
    if (type == QLatin1String("integer") || type == QLatin1String("datetime"))
        return valueText(fieldOfType(type), value);
    if (value.isBool())
        return value.toBool() ? tr("Yes") : tr("No");
    return value.toString(); // kind and state until described
}

// The titles of a kind and of its workflow's states, once its description has come (cached).
void AnswerPanel::applyTitles(const QString &kind, const KindInfo &info)
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QString rowKind = m_model->item(r, 0)->data(KindRole).toString();
        if ((rowKind.isEmpty() ? m_kind : rowKind) != kind)
            continue;
        for (int c = 0; c < m_columns.size(); ++c) {
            const QString type = typeOf(m_columns.at(c).toMap());
            QStandardItem *item = m_model->item(r, c);
            const QString name = item->data(ValueRole).toString();
            if (type == QLatin1String("kind") && !name.isEmpty())
                item->setText(name == kind ? info.title : name);
            else if (type == QLatin1String("state") && !name.isEmpty())
                item->setText(info.workflow.stateTitle(name));
        }
    }
}

QString AnswerPanel::durationText(const QString &hours)
{
    bool ok = false;
    const double value = hours.toDouble(&ok);
    if (!ok)
        return hours;
    const qint64 minutes = qRound64(value * 60);
    if (minutes >= 24 * 60) {
        const qint64 wholeHours = (minutes + 30) / 60;
        return tr("%1 d %2 h", "days and hours").arg(wholeHours / 24).arg(wholeHours % 24);
    }
    if (minutes >= 60)
        return tr("%1 h %2 min", "hours and minutes").arg(minutes / 60).arg(minutes % 60);
    return tr("%1 min", "minutes").arg(minutes);
}

QString AnswerPanel::totalsText() const
{
    return m_totalsLabel->isHidden() ? QString() : m_totalsLabel->text();
}

QString AnswerPanel::statusText() const
{
    return m_hint->isHidden() ? QString() : m_hint->text();
}

void AnswerPanel::openCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    const QStandardItem *first = m_model->item(index.row(), 0);
    const QString kind = first->data(KindRole).toString();
    const qint64 id = first->data(IdRole).toLongLong();
    if (!kind.isEmpty() && id != 0)
        Q_EMIT openRequested(kind, id);
}

} // namespace erp::app
