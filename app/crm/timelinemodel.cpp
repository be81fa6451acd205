#include "timelinemodel.h"

#include "connection.h"
#include "core/clientsession.h"
#include "form/valuetext.h"

#include <QCborArray>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace erp::app {

using erp::client::Reply;

TimelineModel::TimelineModel(ClientSession *session, const QString &method, const QString &param, QObject *parent)
    : QAbstractTableModel(parent), m_session(session), m_method(method), m_param(param)
{
}

void TimelineModel::setOwner(qint64 id)
{
    m_owner = id;
    reload();
}

void TimelineModel::setFilters(const QCborMap &filters)
{
    m_filters = filters;
    reload();
}

void TimelineModel::reload()
{
    if (m_owner == 0) {
        ++m_generation;
        beginResetModel();
        m_rows.clear();
        m_next = QCborValue();
        endResetModel();
        return;
    }
    request(true);
}

bool TimelineModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_owner != 0 && hasMore() && !m_busy;
}

void TimelineModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        request(false);
}

void TimelineModel::request(bool replace)
{
    if (replace)
        ++m_generation;
    const int generation = m_generation;
    QCborMap params;
    params.insert(m_param, m_owner);
    params.insert(QStringLiteral("limit"), m_pageSize);
    if (!m_filters.isEmpty())
        params.insert(QStringLiteral("filters"), m_filters);
    if (!replace)
        params.insert(QStringLiteral("after"), m_next);
    m_busy = true;
    m_session->call(m_method, params, this, [this, generation, replace](const Reply &r) {
        if (generation != m_generation)
            return;
        m_busy = false;
        if (!r.ok) {
            Q_EMIT loadFailed(r.error.message);
            return;
        }
        const QCborMap result = r.result.toMap();
        QList<QCborMap> rows;
        for (const QCborValue &v : result.value(QStringLiteral("rows")).toArray()) {
            rows.append(v.toMap());
            learnKind(v.toMap().value(QStringLiteral("kind")).toString());
        }
        m_next = result.value(QStringLiteral("next"));
        if (replace) {
            beginResetModel();
            m_rows = rows;
            endResetModel();
        } else if (!rows.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
            m_rows.append(rows);
            endInsertRows();
        }
        Q_EMIT pageLoaded();
    });
}

void TimelineModel::learnKind(const QString &kind)
{
    if (kind.isEmpty() || m_kinds.contains(kind))
        return;
    m_kinds.insert(kind, KindInfo());
    m_session->describe(kind, this, [this, kind](const KindInfo &info) {
        m_kinds.insert(kind, info);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    });
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QCborMap &row = m_rows[index.row()];
    const QString kind = row.value(QStringLiteral("kind")).toString();
    const KindInfo info = m_kinds.value(kind);
    const bool stage = row.value(QStringLiteral("entry")).toString() == QLatin1String("stage");
    if (role == KindRole)
        return kind;
    if (role == IdRole)
        return row.value(QStringLiteral("id")).toInteger();
    if (role == Qt::FontRole && index.column() == Title && !stage) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ForegroundRole && stage)
        return QColor(0x5f, 0x63, 0x68);
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case When: {
        const QDateTime at = QDateTime::fromString(row.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
        return at.isValid() ? QLocale().toString(at.toLocalTime(), dateTimeFormat(QLocale()))
                            : row.value(QStringLiteral("at")).toString();
    }
    case Kind:
        return row.value(QStringLiteral("title")).toString(info.title.isEmpty() ? kind : info.title);
    case Number:
        return row.value(QStringLiteral("number")).toString();
    case Title:
        return row.value(QStringLiteral("summary")).toString();
    case State: {
        const QString state = row.value(QStringLiteral("state")).toString();
        return row.value(QStringLiteral("stateTitle")).toString(info.workflow.isEmpty() ? state : info.workflow.stateTitle(state));
    }
    case Amount: {
        const QCborValue amount = row.value(QStringLiteral("amount"));
        if (amount.isNull() || amount.isUndefined())
            return QString();
        FieldInfo money;
        money.type = QStringLiteral("money");
        money.scale = 2;
        QString text = valueText(money, amount);
        const QCborValue currency = row.value(QStringLiteral("currency"));
        if (currency.isString())
            text += u' ' + currency.toString();
        else if (currency.isMap())
            text += u' ' + currency.toMap().value(QStringLiteral("code")).toString(currency.toMap().value(QStringLiteral("name")).toString());
        return text;
    }
    case Manager: {
        const QCborValue manager = row.value(QStringLiteral("manager"));
        if (manager.isMap())
            return manager.toMap().value(QStringLiteral("name")).toString();
        return row.value(QStringLiteral("display")).toMap().value(QStringLiteral("manager")).toString();
    }
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When: return tr("When");
    case Kind: return tr("What");
    case Number: return tr("Number");
    case Title: return tr("Subject");
    case State: return tr("State");
    case Amount: return tr("Amount");
    case Manager: return tr("Manager");
    default: return {};
    }
}

} // namespace erp::app
