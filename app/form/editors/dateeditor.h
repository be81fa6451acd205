#pragma once

#include "form/fieldeditor.h"

#include <QDateTime>

class QCalendarWidget;
class QLineEdit;
class QToolButton;

namespace erp::app {

// date and datetime: typed in the locale's short format ("27.11.2026", "27.11.2026 9:05") or
// picked from a calendar (the button, F4 or Alt+Down); may be empty. Datetimes are shown in
// local time and travel as UTC ("2026-11-27T08:05:00.000Z").
class DateEditor : public FieldEditor
{
    Q_OBJECT

public:
    DateEditor(const FieldInfo &field, QWidget *parent);

    QCborValue value() const override;
    void setValue(const QCborValue &value, const QString &display = QString()) override;
    void setReadOnly(bool readOnly) override;
    QString inputError() const override { return m_error; }

public Q_SLOTS:
    void showCalendar();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool hasTime() const;
    void readText();
    void showValue();
    void choose(const QDate &date);

    QLineEdit *m_edit;
    QToolButton *m_button;
    QCalendarWidget *m_calendar = nullptr;
    QDateTime m_value; // local time; the date alone (at midnight) for date fields; invalid for null
    QString m_error;
};

} // namespace erp::app
