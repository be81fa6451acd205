#pragma once

#include "rpc/method.h"

#include <QCborArray>
#include <QCborMap>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

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
struct ReportChart
{
    QString type; // bar, stackedBar, line, pie
    QString category;
    QStringList series;
};

struct ReportParameter
{
    erp::rpc::Param param;
    const char *title;
    QString catalog = {}; // an integer parameter naming an object of this kind
    bool endOfDay = false; // a moment a client asks for as a date means the end of that day ("to")
    QList<const char *> choiceTitles = {}; // the titles of param.oneOf, in its order
};

// What a report's function answers: its rows (values by column name) and its totals.
struct ReportOutput
{
    QCborArray rows;
    QCborMap totals;
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
