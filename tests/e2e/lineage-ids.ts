/** Ids of the fixture corpus's lineage that the /pha-he/ tests follow. */
export const SCHOOL = "ke-hoach-07-kh-du-cdsl-2025-truong-cao-dang-son-la";
export const G26 = "vb-26-kh-du-dang-uy-uy-ban-nhan-dan-tinh-son-la-2025-06-11";
export const G341 = "vb-341-kh-tu-tinh-uy-son-la-2025-06-03";
export const KL149 = "ket-luan-149-kl-tw-2025";
export const NQ21 = "nghi-quyet-21-nq-tw-2017";
/** The school's plan and everything above it, top first. */
export const PATH = [NQ21, KL149, G341, G26, SCHOOL];
