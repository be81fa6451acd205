#pragma once

#include <QCborArray>
#include <QCborMap>
#include <QHash>
#include <QWidget>

#include <functional>

class QComboBox;
class QPushButton;

namespace erp::app {

class ClientSession;

// A report's saved settings (report.settings): a combo to load one, Save as… (the parameters
// as they stand, under a name; saving a name again replaces it) and Delete (one's own; an
// administrator any). Settings an administrator shared with the user's role are listed too; an
// administrator shares what she saves with the role chosen beside the button (or keeps it).
class ReportSettingsBox : public QWidget
{
    Q_OBJECT

public:
    using Parameters = std::function<QCborMap()>;

    ReportSettingsBox(ClientSession *session, const QString &report, Parameters current, QWidget *parent = nullptr);

    void reload();
    // Saves the current parameters under name; asks for it when empty.
    void saveAs(const QString &name = {});
    void removeCurrent();

    QComboBox *combo() const { return m_combo; }
    // "Only me" and the roles; shown to an administrator only.
    QComboBox *shareCombo() const { return m_share; }
    QCborArray settings() const { return m_settings; }

Q_SIGNALS:
    // The user picked saved settings: their parameters.
    void chosen(const QCborMap &params);
    // reload() has the list; a save or delete is done (ok), or refused with message.
    void loaded();
    void saved(bool ok, const QString &message);

private:
    void onActivated(int index);

    ClientSession *m_session;
    QString m_report;
    Parameters m_current;
    QComboBox *m_combo;
    QComboBox *m_share;
    QHash<QString, QString> m_roleTitles;
    QPushButton *m_save;
    QPushButton *m_delete;
    QCborArray m_settings;
    QString m_select; // the name to select once the list is read again
};

} // namespace erp::app
