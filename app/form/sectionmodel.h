#pragma once

#include "core/kindinfo.h"

#include <QAbstractTableModel>
#include <QCborArray>
#include <QCborMap>
#include <QHash>
#include <QPersistentModelIndex>
#include <QSet>

namespace erp::app {

class ClientSession;

// The lines of a tabular section: a row per line, a column per field. Cells hold canonical
// values; references also keep the referenced object's name for display. Cells of read-only
// fields are disabled items: views grey them and the cursor passes them by.
class SectionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    SectionModel(const SectionInfo &section, ClientSession *session, QObject *parent);

    const SectionInfo &section() const { return m_section; }
    const FieldInfo &field(int column) const { return m_section.fields.at(column); }
    int columnOf(const QString &fieldName) const;

    void setLines(const QCborArray &lines);
    // Recalculation: every field, the cells the recalculation filled as empty (what the server's
    // recalculation starts from; read-only values come back unchanged unless it computes them).
    enum class Fields { All, Writable, Recalculation };
    // Every line with every field of the section (null when empty), without display names;
    // Writable leaves out the read-only fields, which the server computes, and sends the cells
    // the server's recalculation filled (a product's price) as empty, for it to fill again.
    QCborArray lines(Fields fields = Fields::All) const;
    // A line as the server's recalculation returned it: read-only cells take its values, empty
    // cells (and those it filled before) the values it proposes. Not an edit: edited() stays quiet.
    void applyRecalculated(int row, const QCborMap &values);
    // Whether the recalculation filled the cell (the user did not type it).
    bool isAutoFilled(int row, int column) const;
    // A cell the user may edit: the section is not read-only, nor is the field.
    bool isEditable(int column) const;

    QCborValue value(int row, int column) const;
    QString displayName(int row, int column) const;
    // A cell as the user set it; emits edited() when it changed.
    bool setCell(int row, int column, const QCborValue &value, const QString &displayName = QString());

    // A new line with the fields' defaults at row; returns the row.
    int insertLine(int row);
    // A copy of the line right below it; returns the copy's row.
    int copyLine(int row);
    void removeLine(int row);
    // Swaps the line with its neighbour (delta -1 or +1); false at the ends.
    bool moveLine(int row, int delta);

    void setReadOnly(bool readOnly);
    // The cell shown as wrong (invalid index: none).
    void setErrorCell(const QModelIndex &index);

    // For a view to show; enum titles (from the session) are set here.
    void setEnumInfo(const EnumInfo &info);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The user changed a cell (not setLines() nor line insertion, removal or moves).
    void edited();

private:
    struct Line
    {
        QCborMap values;
        QHash<QString, QString> names; // display names of references
        QSet<QString> autoFilled;      // fields the recalculation filled
    };

    QString cellText(const Line &line, const FieldInfo &field) const;

    SectionInfo m_section;
    QList<Line> m_lines;
    QHash<QString, QHash<QString, QString>> m_enumTitles; // enum -> value name -> title
    QPersistentModelIndex m_errorCell;
    bool m_readOnly = false;
};

} // namespace erp::app
