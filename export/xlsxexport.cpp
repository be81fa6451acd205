#include "xlsxexport.h"

#include "tablecell.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <xlsxwriter.h>

#include <functional>

namespace erp::exporting {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Export)
};

constexpr qsizetype MaxCellText = 32767;
constexpr double MaxColumnWidth = 60;

// Excel's number formats: 14 and 22 are its built-in date and date-time, shown in the
// reader's own locale.
constexpr uint8_t ExcelShortDate = 14;
constexpr uint8_t ExcelDateTime = 22;

QByteArray numberFormat(const TableColumn &column)
{
    const QByteArray decimals = column.scale > 0 ? '.' + QByteArray(column.scale, '0') : QByteArray();
    switch (column.type) {
    case ColumnType::Money:
    case ColumnType::Decimal: return "#,##0" + decimals;
    case ColumnType::Percent: return "0" + decimals + '%';
    default: return {};
    }
}

lxw_format *columnFormat(lxw_workbook *book, const TableColumn &column, bool bold)
{
    lxw_format *format = workbook_add_format(book);
    if (bold)
        format_set_bold(format);
    if (column.type == ColumnType::Date)
        format_set_num_format_index(format, ExcelShortDate);
    else if (column.type == ColumnType::DateTime)
        format_set_num_format_index(format, ExcelDateTime);
    else if (const QByteArray f = numberFormat(column); !f.isEmpty())
        format_set_num_format(format, f.constData());
    return format;
}

// A sheet's name: at most 31 characters, none of []:*?/\.
QByteArray sheetName(const QString &title)
{
    QString name = title;
    for (const QChar c : QStringLiteral("[]:*?/\\"))
        name.remove(c);
    name = name.trimmed().left(31);
    return name.isEmpty() ? QByteArrayLiteral("Sheet1") : name.toUtf8();
}

// How wide a cell shows, in characters.
int shownWidth(const TableCell &cell, int scale)
{
    switch (cell.kind) {
    case TableCell::Kind::Empty: return 0;
    case TableCell::Kind::Text: return int(qMin<qsizetype>(cell.text.size(), 1000));
    case TableCell::Kind::Integer: return int(QString::number(cell.integer).size());
    case TableCell::Kind::Decimal: {
        const qsizetype dot = cell.text.indexOf(u'.');
        const qsizetype whole = dot < 0 ? cell.text.size() : dot;
        return int(whole + whole / 3 + scale + 1);
    }
    case TableCell::Kind::Date: return 10;
    case TableCell::Kind::DateTime: return 16;
    case TableCell::Kind::Boolean: return 6;
    }
    return 0;
}

class Sheet
{
public:
    Sheet(lxw_workbook *book, lxw_worksheet *sheet, const TableData &table) : m_book(book), m_sheet(sheet), m_table(table)
    {
        for (const TableColumn &c : table.columns) {
            m_formats.append(columnFormat(book, c, false));
            m_boldFormats.append(columnFormat(book, c, true));
            m_widths.append(int(c.title.size()));
        }
    }

    bool writeTitle(const QString &title, const QStringList &headerLines)
    {
        lxw_format *big = workbook_add_format(m_book);
        format_set_bold(big);
        format_set_font_size(big, 14);
        if (!title.isEmpty() && !check(worksheet_write_string(m_sheet, m_row++, 0, title.toUtf8().constData(), big),
                                      Text::tr("title")))
            return false;
        for (const QString &line : headerLines)
            if (!check(worksheet_write_string(m_sheet, m_row++, 0, line.toUtf8().constData(), nullptr),
                       Text::tr("header line")))
                return false;
        if (m_row > 0)
            ++m_row; // a blank row between the parameters and the table
        return true;
    }

    bool writeHeader()
    {
        lxw_format *bold = workbook_add_format(m_book);
        format_set_bold(bold);
        m_headerRow = m_row;
        for (qsizetype i = 0; i < m_table.columns.size(); ++i)
            if (!check(worksheet_write_string(m_sheet, m_row, lxw_col_t(i), m_table.columns[i].title.toUtf8().constData(), bold),
                       m_table.columns[i].name))
                return false;
        ++m_row;
        worksheet_freeze_panes(m_sheet, m_row, 0);
        // Set before the rows: in constant memory mode the rows written are gone.
        return m_table.columns.isEmpty()
               || check(worksheet_autofilter(m_sheet, m_headerRow, 0, lxw_row_t(m_headerRow + m_table.rows.size()),
                                             lxw_col_t(m_table.columns.size() - 1)),
                        Text::tr("autofilter"));
    }

    bool writeRow(const QCborArray &values, const QList<lxw_format *> &formats, const std::function<QString(const TableColumn &)> &place)
    {
        for (qsizetype i = 0; i < m_table.columns.size(); ++i) {
            const TableColumn &column = m_table.columns[i];
            TableCell cell;
            if (!tableCell(column, values.at(i), place(column), &cell, &m_error))
                return false;
            if (!writeCell(lxw_col_t(i), cell, column, formats[i], place(column)))
                return false;
            m_widths[i] = qMax(m_widths[i], shownWidth(cell, column.scale));
        }
        ++m_row;
        return true;
    }

    bool finish()
    {
        const qsizetype columns = m_table.columns.size();
        for (qsizetype i = 0; i < columns; ++i)
            if (!check(worksheet_set_column(m_sheet, lxw_col_t(i), lxw_col_t(i), qMin(MaxColumnWidth, m_widths[i] + 2.0), nullptr),
                       m_table.columns[i].name))
                return false;
        return true;
    }

    const QList<lxw_format *> &formats() const { return m_formats; }
    const QList<lxw_format *> &boldFormats() const { return m_boldFormats; }
    QString error() const { return m_error; }

private:
    bool writeCell(lxw_col_t col, const TableCell &cell, const TableColumn &column, lxw_format *format, const QString &where)
    {
        switch (cell.kind) {
        case TableCell::Kind::Empty:
            return format == m_formats.value(col) || check(worksheet_write_blank(m_sheet, m_row, col, format), where);
        case TableCell::Kind::Text:
            if (cell.text.size() > MaxCellText) {
                m_error = Text::tr("%1: a spreadsheet cell holds at most %2 characters, this one has %3")
                              .arg(where).arg(MaxCellText).arg(cell.text.size());
                return false;
            }
            return check(worksheet_write_string(m_sheet, m_row, col, cell.text.toUtf8().constData(), format), where);
        case TableCell::Kind::Integer:
            return check(worksheet_write_number(m_sheet, m_row, col, double(cell.integer), format), where);
        case TableCell::Kind::Decimal: {
            const QString number = column.type == ColumnType::Percent ? shiftedLeft(cell.text, 2) : cell.text;
            return check(worksheet_write_number(m_sheet, m_row, col, number.toDouble(), format), where);
        }
        case TableCell::Kind::Date: {
            lxw_datetime d{cell.date.year(), cell.date.month(), cell.date.day(), 0, 0, 0.0};
            return check(worksheet_write_datetime(m_sheet, m_row, col, &d, format), where);
        }
        case TableCell::Kind::DateTime: {
            const QDate date = cell.dateTime.date();
            const QTime time = cell.dateTime.time();
            lxw_datetime d{date.year(), date.month(), date.day(), time.hour(), time.minute(),
                           time.second() + time.msec() / 1000.0};
            return check(worksheet_write_datetime(m_sheet, m_row, col, &d, format), where);
        }
        case TableCell::Kind::Boolean:
            return check(worksheet_write_boolean(m_sheet, m_row, col, cell.boolean, format), where);
        }
        return true;
    }

    bool check(lxw_error result, const QString &where)
    {
        if (result == LXW_NO_ERROR)
            return true;
        m_error = Text::tr("%1: %2").arg(where, QString::fromUtf8(lxw_strerror(result)));
        return false;
    }

    lxw_workbook *m_book;
    lxw_worksheet *m_sheet;
    const TableData &m_table;
    QList<lxw_format *> m_formats;
    QList<lxw_format *> m_boldFormats;
    QList<int> m_widths;
    lxw_row_t m_row = 0;
    lxw_row_t m_headerRow = 0;
    QString m_error;
};

bool writeSheet(Sheet &sheet, const TableData &table, const QString &title, const QStringList &headerLines)
{
    if (!sheet.writeTitle(title, headerLines) || !sheet.writeHeader())
        return false;
    for (qsizetype r = 0; r < table.rows.size(); ++r)
        if (!sheet.writeRow(table.rows[r], sheet.formats(), [r](const TableColumn &c) { return rowPlace(r, c); }))
            return false;
    if (!table.totals.isEmpty()
        && !sheet.writeRow(table.totals, sheet.boldFormats(), [](const TableColumn &c) { return totalsPlace(c); }))
        return false;
    return sheet.finish();
}

} // namespace

bool writeXlsx(const QString &path, const TableData &table, const QString &title, const QStringList &headerLines,
               QString *error)
{
    if (table.rows.size() > MaxXlsxRows - headerLines.size() - 4) {
        *error = Text::tr("rows: a sheet holds at most %1 rows, the table has %2")
                     .arg(MaxXlsxRows - headerLines.size() - 4)
                     .arg(table.rows.size());
        return false;
    }
    if (!checkShape(table, error))
        return false;
    // libxlsxwriter writes its file when it closes the workbook, whatever came before: it
    // writes next to the target, which is replaced only by a complete workbook.
    QFile target(path);
    const bool existed = target.exists();
    if (!target.open(QIODevice::Append)) {
        *error = Text::tr("%1: cannot write the file: %2").arg(QDir::toNativeSeparators(path), target.errorString());
        return false;
    }
    target.close();
    if (!existed)
        target.remove();
    const QString partial = path + QStringLiteral(".part");
    QByteArray tmpdir = QDir::tempPath().toUtf8();
    lxw_workbook_options options{LXW_TRUE, tmpdir.data(), LXW_FALSE};
    // libxlsxwriter takes UTF-8 file names (and converts them itself on Windows).
    lxw_workbook *book = workbook_new_opt(partial.toUtf8().constData(), &options);
    if (!book) {
        *error = Text::tr("%1: cannot create a workbook").arg(QDir::toNativeSeparators(path));
        return false;
    }
    lxw_worksheet *worksheet = workbook_add_worksheet(book, sheetName(title).constData());
    Sheet sheet(book, worksheet, table);
    const bool written = worksheet && writeSheet(sheet, table, title, headerLines);
    const lxw_error closed = workbook_close(book);
    if (written && closed == LXW_NO_ERROR) {
        QFile::remove(path);
        if (QFile::rename(partial, path))
            return true;
        *error = Text::tr("%1: cannot write the file").arg(QDir::toNativeSeparators(path));
    } else {
        *error = !written ? sheet.error()
                          : Text::tr("%1: cannot write the file: %2")
                                .arg(QDir::toNativeSeparators(path), QString::fromUtf8(lxw_strerror(closed)));
    }
    QFile::remove(partial);
    return false;
}

} // namespace erp::exporting
