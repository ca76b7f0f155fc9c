"""The main window copies the register as it closes and says when no copy went off this PC for too long."""
from tests.factories import application_input
from ukpbj_desktop import services
from ukpbj_desktop.store import autobackup, backup
from ukpbj_desktop.ui.main_window import MainWindow


def test_closing_the_window_leaves_a_checked_copy(store, qtbot):
    services.submit(store, application_input())
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.close()
    [copy] = autobackup.copies(autobackup.folder())
    assert backup.check_copy(copy) == []


def test_the_status_bar_warns_until_a_copy_goes_off_this_pc(store, qtbot, tmp_path):
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    assert window.backups.warning.isVisible() and "belum ada salinan di luar PC ini" in window.backups.warning.text()
    backup.make_backup(tmp_path / "flashdisk" / "cadangan.zip")  # saved outside the data folder
    window.backups.show_offsite_state()
    assert not window.backups.warning.isVisible()


def test_the_timer_copy_runs_off_the_gui_thread(store, qtbot):
    services.submit(store, application_input())
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.backups.run_now()
    qtbot.waitUntil(lambda: not window.backups._running, timeout=10000)
    assert len(autobackup.copies(autobackup.folder())) == 1
