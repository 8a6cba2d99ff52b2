"""A SQLite store on a network share is refused (UNC paths, mapped network drives, NFS/CIFS/SMB mounts), with
a message pointing to the shared-store mode. The detection is fed the cases (paths, a mounts table, a
drive-type function) instead of a real share."""
import pytest

from dealerdesk.store.db import StoreError, open_store, refuse_network_share
from dealerdesk.store.location import DRIVE_REMOTE, is_unc, mount_type, network_location

MOUNTS = """\
/dev/sda2 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid 0 0
tmpfs /tmp tmpfs rw 0 0
//fileserver/dealer /mnt/dealer cifs rw,vers=3.0 0 0
nas:/export/crm /srv/crm nfs4 rw,vers=4.2 0 0
/dev/sdb1 /srv/crm/local ext4 rw 0 0
//nas/共享\\040盘 /media/共享\\040盘 smb3 rw 0 0
/dev/sdc1 /mnt/dealer-backup ext4 rw 0 0
"""


@pytest.mark.parametrize("path", [r"\\server\share\store.db", "//server/share/store.db",
                                  r"\\?\UNC\server\share\store.db"])
def test_unc_paths_are_network(path):
    assert is_unc(path)
    assert network_location(path, platform="win32", drive_type=lambda root: 3) == "UNC 网络路径"


@pytest.mark.parametrize("path", [r"C:\DealerDesk\store.db", r"\\?\C:\DealerDesk\store.db", "store.db"])
def test_local_windows_paths_are_not_unc(path):
    assert not is_unc(path)


def test_mapped_network_drive_is_refused_local_drive_is_not():
    asked = []

    def drive_type(root: str) -> int:
        asked.append(root)
        return DRIVE_REMOTE if root.upper() == "Z:\\" else 3  # 3 = DRIVE_FIXED

    assert network_location(r"Z:\crm\store.db", platform="win32", drive_type=drive_type) == "网络驱动器 Z:"
    assert network_location(r"C:\crm\store.db", platform="win32", drive_type=drive_type) is None
    assert asked == ["Z:\\", "C:\\"]


@pytest.mark.parametrize(("path", "expected"), [
    ("/mnt/dealer/store.db", "cifs 网络挂载"),
    ("/srv/crm/store.db", "nfs4 网络挂载"),
    ("/media/共享 盘/store.db", "smb3 网络挂载"),  # the \040 of /proc/mounts is a space
    ("/srv/crm/local/store.db", None),  # a local disk mounted inside the share's tree: the deepest mount wins
    ("/mnt/dealer-backup/store.db", None),  # a name that only starts like the share's mount point
    ("/home/desk/store.db", None),
    ("/tmp/store.db", None),
])
def test_linux_mounts(path, expected):
    assert network_location(path, platform="linux", mounts=MOUNTS) == expected


def test_mount_type_picks_the_deepest_mount():
    assert mount_type("/srv/crm/local/x.db", MOUNTS) == "ext4"
    assert mount_type("/srv/crm/x.db", MOUNTS) == "nfs4"


def test_refusal_explains_the_shared_store_mode(tmp_path):
    refuse_network_share(tmp_path / "store.db", platform="linux", mounts=MOUNTS)  # local: no error
    with pytest.raises(StoreError) as info:
        refuse_network_share(r"\\server\share\store.db", platform="win32", drive_type=lambda root: 3)
    text = str(info.value)
    assert "网络共享" in text and "PostgreSQL" in text and "postgresql://" in text and "operations.md" in text


def test_open_store_refuses_a_unc_path_before_touching_it():
    with pytest.raises(StoreError, match="网络共享"):
        open_store("//server/share/dealerdesk.db", create=True)


def test_a_local_store_opens(tmp_path):
    from dealerdesk.store.db import close_store

    info = open_store(tmp_path / "store.db", create=True)
    close_store()
    assert info.created
