#pragma once

#include <QCborMap>
#include <QHash>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QTableView;

namespace erp::app {

class ChartPane;
class ClientSession;
class FieldEditor;
class ReportCommands;
class ReportModel;
class ReportProgress;
class ReportSettingsBox;

// A report of report.run in a tab (the navigation's {report: name}): its parameters as editors
// above (dates, references picked like in forms, choices), Run (F5, or Enter in a parameter),
// the rows below with the totals in bold. A refused parameter is named in red above the table
// and gets the focus.
class ReportView : public QWidget
{
    Q_OBJECT

public:
    ReportView(ClientSession *session, const QString &report, QWidget *parent = nullptr);

    QString reportName() const { return m_report; }
    QString title() const { return m_title; }
    bool isReady() const { return m_ready; }
    ReportModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString messageText() const;
    // The editor of a parameter (a FieldEditor or a QComboBox), null when it has none.
    QWidget *parameterEditor(const QString &name) const { return m_editors.value(name); }
    QCborMap parameters() const;
    // Fills the editors from parameters as report.run takes them (saved settings).
    void setParameters(const QCborMap &params);
    void run();
    ReportProgress *progress() const { return m_progress; }
    ReportSettingsBox *settingsBox() const { return m_settings; }
    // The chart beside the table, Print and Export (reportcommands.h).
    ChartPane *chartPane() const { return m_chart; }
    ReportCommands *commands() const { return m_commands; }
    // The last report.run answer shown (empty before the first run).
    const QCborMap &lastAnswer() const { return m_answer; }
    void showMessage(const QString &text, bool error);

Q_SIGNALS:
    void ready();
    // A run has been answered: rows shown, or refused with the message shown.
    void finished(bool ok);

private:
    void describe();
    void addParameter(const QCborMap &param);
    bool eventFilter(QObject *watched, QEvent *event) override;

    ClientSession *m_session;
    QString m_report;
    QString m_title;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QCborMap> m_params;
    QStringList m_order;
    QFormLayout *m_form;
    QPushButton *m_run;
    QLabel *m_message;
    QLabel *m_summary;
    QTableView *m_table;
    ReportModel *m_model;
    ReportProgress *m_progress;
    ReportSettingsBox *m_settings;
    ChartPane *m_chart;
    ReportCommands *m_commands;
    QCborMap m_answer;
    bool m_ready = false;
    int m_request = 0;
};

} // namespace erp::app
