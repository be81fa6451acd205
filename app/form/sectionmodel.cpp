#include "sectionmodel.h"

#include "core/clientsession.h"
#include "valuetext.h"

#include <QColor>

namespace erp::app {

namespace {

const QString DisplayKey = QStringLiteral("display");

bool isBoolean(const FieldInfo &field)
{
    return field.type == QLatin1String("boolean");
}

QCborValue nullIfUndefined(const QCborValue &value)
{
    return value.isUndefined() ? QCborValue(QCborValue::Null) : value;
}

} // namespace

SectionModel::SectionModel(const SectionInfo &section, ClientSession *session, QObject *parent)
    : QAbstractTableModel(parent), m_section(section)
{
    if (!session)
        return;
    for (const FieldInfo &f : std::as_const(m_section.fields))
        if (f.type == QLatin1String("enum") && !m_enumTitles.contains(f.target)) {
            m_enumTitles.insert(f.target, {});
            session->enumeration(f.target, this, [this](const EnumInfo &info) { setEnumInfo(info); });
        }
}

void SectionModel::setEnumInfo(const EnumInfo &info)
{
    QHash<QString, QString> titles;
    for (const auto &[name, title] : info.values)
        titles.insert(name, title);
    m_enumTitles.insert(info.name, titles);
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole});
}

int SectionModel::columnOf(const QString &fieldName) const
{
    for (int i = 0; i < m_section.fields.size(); ++i)
        if (m_section.fields[i].name == fieldName)
            return i;
    return -1;
}

void SectionModel::setLines(const QCborArray &lines)
{
    beginResetModel();
    m_lines.clear();
    m_errorCell = QPersistentModelIndex();
    for (const QCborValue &value : lines) {
        const QCborMap map = value.toMap();
        const QCborMap names = map.value(DisplayKey).toMap();
        Line line;
        for (const FieldInfo &f : std::as_const(m_section.fields)) {
            line.values.insert(f.name, nullIfUndefined(map.value(f.name)));
            const QString name = names.value(f.name).toString();
            if (!name.isEmpty())
                line.names.insert(f.name, name);
        }
        m_lines.append(line);
    }
    endResetModel();
}

QCborArray SectionModel::lines(Fields fields) const
{
    QCborArray out;
    for (const Line &line : m_lines) {
        QCborMap map;
        for (const FieldInfo &f : m_section.fields) {
            if (fields == Fields::All)
                map.insert(f.name, nullIfUndefined(line.values.value(f.name)));
            else if (fields == Fields::Recalculation || !f.readOnly)
                map.insert(f.name, line.autoFilled.contains(f.name) ? QCborValue(QCborValue::Null)
                                                                    : nullIfUndefined(line.values.value(f.name)));
        }
        out.append(map);
    }
    return out;
}

QCborValue SectionModel::value(int row, int column) const
{
    if (row < 0 || row >= m_lines.size() || column < 0 || column >= m_section.fields.size())
        return QCborValue(QCborValue::Null);
    return nullIfUndefined(m_lines[row].values.value(field(column).name));
}

QString SectionModel::displayName(int row, int column) const
{
    if (row < 0 || row >= m_lines.size() || column < 0 || column >= m_section.fields.size())
        return QString();
    return m_lines[row].names.value(field(column).name);
}

bool SectionModel::setCell(int row, int column, const QCborValue &value, const QString &name)
{
    if (row < 0 || row >= m_lines.size() || column < 0 || column >= m_section.fields.size())
        return false;
    Line &line = m_lines[row];
    const FieldInfo &f = field(column);
    const QCborValue newValue = nullIfUndefined(value);
    const QString newName = f.type == QLatin1String("ref") && !newValue.isNull() ? name : QString();
    if (nullIfUndefined(line.values.value(f.name)) == newValue && line.names.value(f.name) == newName)
        return false;
    line.values.insert(f.name, newValue);
    line.autoFilled.remove(f.name);
    if (newName.isEmpty())
        line.names.remove(f.name);
    else
        line.names.insert(f.name, newName);
    const QModelIndex cell = index(row, column);
    if (m_errorCell == cell)
        m_errorCell = QPersistentModelIndex();
    Q_EMIT dataChanged(cell, cell);
    Q_EMIT edited();
    return true;
}

void SectionModel::applyRecalculated(int row, const QCborMap &values)
{
    if (row < 0 || row >= m_lines.size())
        return;
    Line &line = m_lines[row];
    const QCborMap names = values.value(DisplayKey).toMap();
    for (int column = 0; column < m_section.fields.size(); ++column) {
        const FieldInfo &f = field(column);
        if (!values.contains(f.name))
            continue;
        // A reference is proposed only with its name (the server sends it for what it chose).
        const bool ref = f.type == QLatin1String("ref");
        if (ref && !values.value(f.name).isNull() && !names.contains(f.name))
            continue;
        const QCborValue proposed = nullIfUndefined(values.value(f.name));
        const QCborValue current = nullIfUndefined(line.values.value(f.name));
        if (proposed == current)
            continue;
        if (f.readOnly) {
            line.values.insert(f.name, proposed);
        } else if (current.isNull() || line.autoFilled.contains(f.name)) {
            line.values.insert(f.name, proposed);
            if (ref && !proposed.isNull())
                line.names.insert(f.name, names.value(f.name).toString());
            else if (ref)
                line.names.remove(f.name);
            if (proposed.isNull())
                line.autoFilled.remove(f.name);
            else
                line.autoFilled.insert(f.name);
        } else {
            continue;
        }
        const QModelIndex cell = index(row, column);
        Q_EMIT dataChanged(cell, cell);
    }
}

bool SectionModel::isAutoFilled(int row, int column) const
{
    return row >= 0 && row < m_lines.size() && column >= 0 && column < m_section.fields.size()
           && m_lines[row].autoFilled.contains(field(column).name);
}

int SectionModel::insertLine(int row)
{
    row = qBound(0, row, int(m_lines.size()));
    Line line;
    for (const FieldInfo &f : std::as_const(m_section.fields))
        line.values.insert(f.name, defaultValue(f));
    beginInsertRows(QModelIndex(), row, row);
    m_lines.insert(row, line);
    endInsertRows();
    return row;
}

int SectionModel::copyLine(int row)
{
    if (row < 0 || row >= m_lines.size())
        return -1;
    const Line copy = m_lines[row];
    beginInsertRows(QModelIndex(), row + 1, row + 1);
    m_lines.insert(row + 1, copy);
    endInsertRows();
    return row + 1;
}

void SectionModel::removeLine(int row)
{
    if (row < 0 || row >= m_lines.size())
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_lines.removeAt(row);
    endRemoveRows();
}

bool SectionModel::moveLine(int row, int delta)
{
    const int target = row + delta;
    if (row < 0 || row >= m_lines.size() || target < 0 || target >= m_lines.size() || delta == 0)
        return false;
    // beginMoveRows counts the destination before the move: one past the target when moving down.
    if (!beginMoveRows(QModelIndex(), row, row, QModelIndex(), delta > 0 ? target + 1 : target))
        return false;
    m_lines.move(row, target);
    endMoveRows();
    return true;
}

void SectionModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void SectionModel::setErrorCell(const QModelIndex &cell)
{
    const QModelIndex old = m_errorCell;
    m_errorCell = cell;
    if (old.isValid())
        Q_EMIT dataChanged(old, old, {Qt::BackgroundRole});
    if (cell.isValid())
        Q_EMIT dataChanged(cell, cell, {Qt::BackgroundRole});
}

int SectionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int SectionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_section.fields.size());
}

QString SectionModel::cellText(const Line &line, const FieldInfo &f) const
{
    const QCborValue value = line.values.value(f.name);
    if (value.isNull() || value.isUndefined())
        return QString();
    if (f.type == QLatin1String("enum"))
        return m_enumTitles.value(f.target).value(value.toString(), value.toString());
    if (f.type == QLatin1String("ref")) {
        const QString name = line.names.value(f.name);
        return name.isEmpty() ? tr("#%1").arg(value.toInteger()) : name;
    }
    return valueText(f, value);
}

QVariant SectionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size() || index.column() >= m_section.fields.size())
        return QVariant();
    const Line &line = m_lines[index.row()];
    const FieldInfo &f = field(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return isBoolean(f) ? QVariant() : QVariant(cellText(line, f));
    case Qt::ToolTipRole:
        return f.type == QLatin1String("text") ? QVariant(line.values.value(f.name).toString()) : QVariant();
    case Qt::CheckStateRole:
        if (isBoolean(f))
            return line.values.value(f.name).toBool() ? Qt::Checked : Qt::Unchecked;
        return QVariant();
    case Qt::TextAlignmentRole:
        if (f.isNumeric() || f.type == QLatin1String("integer"))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case Qt::BackgroundRole:
        // Translucent, so that it reads on light and dark palettes alike.
        return index == m_errorCell ? QVariant(QColor(220, 0, 0, 60)) : QVariant();
    default:
        return QVariant();
    }
}

bool SectionModel::isEditable(int column) const
{
    return !m_readOnly && column >= 0 && column < m_section.fields.size() && !field(column).readOnly;
}

bool SectionModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !isEditable(index.column()) || role != Qt::CheckStateRole || !isBoolean(field(index.column())))
        return false;
    setCell(index.row(), index.column(), value.toInt() == Qt::Checked);
    return true;
}

Qt::ItemFlags SectionModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // The server computes read-only fields: their cells are disabled, so greyed and skipped by
    // the cursor (Enter and Tab move from price straight on past the amount).
    if (field(index.column()).readOnly)
        return Qt::ItemIsSelectable;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (!m_readOnly)
        flags |= isBoolean(field(index.column())) ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable;
    return flags;
}

QVariant SectionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (section < 0 || section >= m_section.fields.size())
        return QVariant();
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return field(section).title;
    return QVariant();
}

} // namespace erp::app
