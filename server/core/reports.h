#pragma once

#include "rpc/method.h"

#include <QCborArray>
#include <QCborMap>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <utility>

// Reports as the platform runs them (report.list, report.describe, report.run): an area
// declares what a report takes, what its columns hold and how it is charted, and gives the
// function that computes it. The platform checks the parameters, runs it in a read-only
// transaction as the caller (row rules apply inside the function) and answers one shape for all.
namespace erp::core {

struct ModelSnapshot;

// Month: an integer yyyymm (202611), shown as the month it names.
enum class ReportColumnType { String, Integer, Decimal, Money, Percent, Date, Month, Ref };

QString reportColumnTypeName(ReportColumnType type);

// Titles are English source texts translated when answered (QT_TRANSLATE_NOOP("Reports", …)).
struct ReportColumn
{
    QString name;
    const char *title;
    ReportColumnType type = ReportColumnType::String;
    QString catalog = {}; // Ref: the kind the id names (the row carries its name in `display`)
    bool total = false;   // the report's totals hold this column's sum
};

// How a client draws it: a chart of `type` with one point per row, the category taken from
// one column and one series per column listed.
// A bubble chart takes series [x, y, size] and, when a row names it, one colour and legend entry
// per value of the column `group`; a first row's `x_split` and `y_split` draw the quadrant lines.
struct ReportChart
{
    QString type; // bar, stackedBar, line, pie, funnel, bubble
    QString category;
    QStringList series;
    QString group = {};
    // Titles of charted columns that are not the report's columns (of chartRows).
    QList<std::pair<QString, const char *>> titles = {};
};

struct ReportParameter
{
    erp::rpc::Param param;
    const char *title;
    QString catalog = {}; // an integer parameter naming an object of this kind
    bool endOfDay = false; // a moment a client asks for as a date means the end of that day ("to")
    QList<const char *> choiceTitles = {}; // the titles of param.oneOf, in its order
};

// What a report's function answers: its rows (values by column name) and its totals; a chart
// of something else than the rows (the 3 × 3 matrix of ABC/XYZ) draws chartRows; extra is
// answered as it is (more figures than a table has).
struct ReportOutput
{
    QCborArray rows;
    QCborMap totals;
    QCborArray chartRows = {};
    QCborMap extra = {};

    const QCborArray &chartedRows() const { return chartRows.isEmpty() ? rows : chartRows; }
};

struct ReportDefinition
{
    QString name; // report.run {report: name}, stable: clients and saved settings keep it
    const char *title;
    QString area;
    QString right = QStringLiteral("read");
    QString option = {}; // the functional option it belongs to: off, it is not listed and not run
    QList<ReportParameter> params = {};
    QList<ReportColumn> columns = {};
    std::optional<ReportChart> chart = std::nullopt;
    std::function<ReportOutput(erp::rpc::CallContext &, const QCborMap &params)> run = {};
};

// Whether the user may run it: its right, its functional option on, the kinds its columns
// show switched on.
bool mayRunReport(const UserInfo &user, const ModelSnapshot &snapshot, const ReportDefinition &report);

// The rows of an answer shaped {rows, totals} or {rows, <total>, <total>...}.
ReportOutput reportOutputOf(const QCborMap &answer);

// The translation context of report titles, columns and parameters.
inline constexpr char ReportTexts[] = "Reports";
// A title, column or parameter text in the calling thread's language.
QString translatedReportText(const char *text);

} // namespace erp::core
